//! JavaScript on the system Node.js, interpreted.

use algoarena_shared::language::Language;

use super::LanguageSpec;

pub const SPEC: LanguageSpec = LanguageSpec {
    language: Language::Javascript,
    source_file: "main.js",
    compile: None,
    run: &["/usr/bin/node", "--max-old-space-size=200", "/box/main.js"],
    self_test: "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
};
