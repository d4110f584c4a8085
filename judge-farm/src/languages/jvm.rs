//! The JVM command lines Java and Kotlin share.
//!
//! Programs: the serial collector (one GC thread, so CPU summed over threads stays honest), a
//! 64 MiB thread stack for deep recursion, no perf-data file, and a heap ceiling of 1 GiB, above
//! any problem's memory limit, so a hungry program is stopped by the kernel's OOM killer (an
//! exact Memory Limit Exceeded from the cgroup's record) rather than by the JVM's own
//! `OutOfMemoryError`. Metaspace and code cache are capped so the JVM's own overhead stays small.
//! Compilers (javac, kotlinc) start faster with C1 only (`TieredStopAtLevel=1`).

/// `java` with the flags of a judged program, followed by `$arg`s.
macro_rules! java_run {
    ($($arg:expr),* $(,)?) => {
        &[
            "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
            "-XX:+UseSerialGC",
            "-Xms16m",
            "-Xmx8g",
            "-Xss64m",
            "-XX:MaxMetaspaceSize=96m",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:-UsePerfData",
            $($arg),*
        ]
    };
}

/// A JVM compiler's launcher flags (given to `java` directly, or with `-J` to javac).
macro_rules! jvm_compiler_flags {
    ($prefix:literal) => {
        [
            concat!($prefix, "-XX:+UseSerialGC"),
            concat!($prefix, "-XX:TieredStopAtLevel=1"),
            concat!($prefix, "-Xss16m"),
            concat!($prefix, "-Xmx768m"),
            concat!($prefix, "-XX:-UsePerfData"),
        ]
    };
}

pub(super) use {java_run, jvm_compiler_flags};
