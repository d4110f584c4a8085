//! `judge-farm` binary: subcommands `serve`, `worker`, `migrate`, `import`.
fn main() {}
