//! Kotlin 2.4 (npm `kotlin-compiler`, run on the JDK), compiled once per submission into
//! `/box/out`; the program runs with the Kotlin standard library on its class path. kotlinc is
//! started by `java` directly (no launcher script, no daemon) with a class-data-sharing archive
//! the install script records once (`CACHE_DIR/kotlinc.jsa`, a third less CPU per compile; the
//! JVM silently goes without it when it is missing). JVM flags: see `jvm`.

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::jvm::{java_run, jvm_compiler_flags};
use super::LanguageSpec;

const KOTLINC: &[&str] = &{
    let f = jvm_compiler_flags!("");
    [
        "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        "-XX:SharedArchiveFile=/usr/local/lib/algoarena/kotlinc.jsa",
        "-Dkotlin.home=/usr/lib/node_modules/kotlin-compiler",
        "-cp",
        "/usr/lib/node_modules/kotlin-compiler/lib/kotlin-preloader.jar",
        "org.jetbrains.kotlin.preloading.Preloader",
        "-cp",
        "/usr/lib/node_modules/kotlin-compiler/lib/kotlin-compiler.jar",
        "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
        "-no-reflect",
        "-nowarn",
        "-d",
        "/box/out",
        "main.kt",
    ]
};

pub const SPEC: LanguageSpec = compiled(
    Language::Kotlin,
    "main.kt",
    KOTLINC,
    java_run!("-cp", "/box/out:/usr/lib/node_modules/kotlin-compiler/lib/kotlin-stdlib.jar", "MainKt"),
    "fun main() {\n    val (a, b) = readln().trim().split(\" \").map { it.toLong() }\n    println(a + b)\n}\n",
)
.compile_budget(60, 1024);
