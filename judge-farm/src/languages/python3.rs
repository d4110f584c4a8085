//! Python 3 (the system CPython), interpreted.

use algoarena_shared::language::Language;

use super::LanguageSpec;

pub const SPEC: LanguageSpec = LanguageSpec {
    language: Language::Python3,
    source_file: "main.py",
    compile: None,
    // -S skips site-packages (nothing host-specific leaks in); -B writes no bytecode files.
    run: &["/usr/bin/python3", "-S", "-B", "/box/main.py"],
    self_test: "a, b = map(int, input().split())\nprint(a + b)\n",
};
