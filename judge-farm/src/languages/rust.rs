//! Rust with Debian's rustc (`rustc-web`, /usr/bin/rustc), compiled once per submission.

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::{LanguageSpec, Together};

pub const SPEC: LanguageSpec = compiled(
    Language::Rust,
    "main.rs",
    &["/usr/bin/rustc", "--edition=2021", "-O", "--color=never", "-o", "/box/main", "main.rs"],
    &["/box/main"],
    "use std::io::Read;\nfn main() {\n    let mut s = String::new();\n    std::io::stdin().read_to_string(&mut s).unwrap();\n    \
     let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!(\"{}\", v[0] + v[1]);\n}\n",
)
// rustc compiles one crate from its root: a folder's other files are the `mod`s it declares.
.together(Together::Imported);
