//! Naming the language of a submission the platform does not judge, so a package's report can
//! say "unsupported language: Haskell" for that file while the rest is judged. Known by the
//! file's extension, or by its `#!` line (which also tells Python 2 from Python 3).

use std::path::Path;

/// Extensions of languages packages are written in that the judge does not run.
const BY_EXTENSION: &[(&str, &str)] = &[
    ("scala", "Scala"),
    ("sc", "Scala"),
    ("hs", "Haskell"),
    ("lhs", "Haskell"),
    ("ml", "OCaml"),
    ("rb", "Ruby"),
    ("php", "PHP"),
    ("pl", "Perl"),
    ("pm", "Perl"),
    ("pas", "Pascal"),
    ("lua", "Lua"),
    ("f", "Fortran"),
    ("f90", "Fortran"),
    ("f95", "Fortran"),
    ("d", "D"),
    ("swift", "Swift"),
    ("m", "Objective-C"),
    ("cob", "COBOL"),
    ("cbl", "COBOL"),
    ("lisp", "Common Lisp"),
    ("cl", "Common Lisp"),
    ("pro", "Prolog"),
    ("fs", "F#"),
    ("vb", "Visual Basic"),
    ("sh", "Bash"),
    ("jl", "Julia"),
    ("adb", "Ada"),
    ("dart", "Dart"),
    ("ex", "Elixir"),
    ("exs", "Elixir"),
    ("erl", "Erlang"),
    ("clj", "Clojure"),
    ("groovy", "Groovy"),
    ("nim", "Nim"),
    ("zig", "Zig"),
    ("r", "R"),
    ("sml", "Standard ML"),
    ("scm", "Scheme"),
    ("rkt", "Racket"),
    ("cr", "Crystal"),
    ("bas", "BASIC"),
];

/// Interpreters a `#!` line names, by the words the line contains.
const BY_SHEBANG: &[(&str, &str)] = &[
    ("python2", "Python 2"),
    ("pypy2", "Python 2"),
    ("ruby", "Ruby"),
    ("perl", "Perl"),
    ("php", "PHP"),
    ("bash", "Bash"),
    ("/sh", "Bash"),
    ("runghc", "Haskell"),
    ("scala", "Scala"),
    ("lua", "Lua"),
    ("julia", "Julia"),
    ("Rscript", "R"),
];

/// The first line when it is a `#!` line.
fn shebang(code: &str) -> Option<&str> {
    code.lines().next().filter(|l| l.starts_with("#!"))
}

/// The language a `#!` line names if the judge does not run it (`#!/usr/bin/env python2`);
/// None for judged languages and for files without one.
pub(super) fn by_shebang(code: &str) -> Option<&'static str> {
    let line = shebang(code)?;
    BY_SHEBANG.iter().find(|(word, _)| line.contains(word)).map(|(_, name)| *name)
}

/// The language a file's extension names if the judge does not run it (`sol.hs`).
pub(super) fn by_extension(file_name: &str) -> Option<&'static str> {
    let (_, extension) = file_name.rsplit_once('.')?;
    BY_EXTENSION.iter().find(|(e, _)| e.eq_ignore_ascii_case(extension)).map(|(_, name)| *name)
}

/// The name of the language `path` is written in, for a file no judged language takes.
pub(super) fn name(path: &Path, code: Option<&str>) -> String {
    if let Some(name) = code.and_then(by_shebang) {
        return name.to_string();
    }
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if let Some(name) = by_extension(file_name) {
        return name.to_string();
    }
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match code.and_then(shebang) {
        Some(line) => format!("unknown ({})", line.trim()),
        None if extension.is_empty() => "unknown (no file extension)".into(),
        None => format!("unknown (.{extension})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_by_extension_or_shebang() {
        assert_eq!(name(Path::new("a/sol.scala"), Some("object A")), "Scala");
        assert_eq!(name(Path::new("sol.hs"), None), "Haskell");
        assert_eq!(
            name(Path::new("sol.py"), Some("#!/usr/bin/env python2\nprint 1\n")),
            "Python 2"
        );
        assert_eq!(by_shebang("#!/usr/bin/python3\nprint(1)\n"), None);
        assert_eq!(by_shebang("print(1)\n"), None);
        assert_eq!(name(Path::new("sol"), Some("#!/usr/bin/env ruby\n")), "Ruby");
        assert_eq!(name(Path::new("sol.xyz"), Some("")), "unknown (.xyz)");
    }
}
