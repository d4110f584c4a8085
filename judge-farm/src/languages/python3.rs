//! Python 3 (the system CPython), interpreted. A folder program's other modules sit beside
//! `main.py`, where `import` finds them (the script's folder is first on `sys.path`, `-S` or not).

use algoarena_shared::language::Language;

use super::interpreted::interpreted;
use super::LanguageSpec;

pub const SPEC: LanguageSpec = interpreted(
    Language::Python3,
    "main.py",
    // -S skips site-packages (nothing host-specific leaks in); -B writes no bytecode files.
    &["/usr/bin/python3", "-S", "-B", "/box/main.py"],
    "a, b = map(int, input().split())\nprint(a + b)\n",
)
.more_extensions(&["py3"]);
