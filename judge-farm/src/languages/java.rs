//! Java 17 (Debian's OpenJDK, the newest bookworm packages), compiled once per submission as
//! `Main.java`; the program's class may have any name (see `entry_point`). JVM flags: see `jvm`.

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::jvm::{java_run, jvm_compiler_flags};
use super::LanguageSpec;

const JAVAC: &[&str] = &{
    let f = jvm_compiler_flags!("-J");
    [
        "/usr/lib/jvm/java-17-openjdk-amd64/bin/javac",
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        "-encoding",
        "UTF-8",
        "-d",
        "/box",
        "Main.java",
    ]
};

pub const SPEC: LanguageSpec = compiled(
    Language::Java,
    "Main.java",
    JAVAC,
    java_run!("-cp", "/box", "Main"),
    "import java.util.Scanner;\n\npublic class Main {\n    public static void main(String[] args) {\n        \
     Scanner in = new Scanner(System.in);\n        System.out.println(in.nextLong() + in.nextLong());\n    }\n}\n",
)
.compile_budget(30, 1024);
