//! Java and Kotlin programs start wherever they declare `main`, whatever their class is named
//! (Kattis and Codeforces take `public class Solution` as well as `Main`). The box compiles a
//! fixed file and runs a fixed class (`Main.java` / `Main`, `main.kt` / `MainKt`), so before
//! compiling, a program whose entry point is elsewhere gets a launcher:
//! - Java: the top-level types lose `public` (a public class must match its file's name) and a
//!   `class Main` is added whose `main` calls the declared one (`Solution.main(args)`, or
//!   `Outer.Inner.main(args)`);
//! - Kotlin: a top-level `fun main` always runs as `MainKt`; a `main` in an object or a
//!   companion object (`@JvmStatic`) gets a top-level `fun main` that calls it, and a
//!   `@file:JvmName` that would rename `MainKt` is dropped.
//!
//! A `package` line is dropped in both (the class would otherwise not be where it is run
//! from). Removed text is replaced by spaces, so the compiler's lines and columns still match
//! what the user wrote. A program without any `main` is refused with a compile message that
//! says what to declare.

use std::borrow::Cow;

use algoarena_shared::language::Language;

/// The source to compile for `language`, or the compile message when it has no entry point.
pub fn prepare(language: Language, source: &str) -> Result<Cow<'_, str>, String> {
    match language {
        Language::Java => java(source),
        Language::Kotlin => kotlin(source),
        _ => Ok(Cow::Borrowed(source)),
    }
}

/// Whether a Java or Kotlin source declares a `main` anywhere (false for other languages): of
/// a folder of classes, the one that does is the main source.
pub fn declares_main(language: Language, source: &str) -> bool {
    let type_words: &[&str] = match language {
        Language::Java => JAVA_TYPES,
        Language::Kotlin => KOTLIN_TYPES,
        _ => return false,
    };
    !mains(&tokens(source), type_words).is_empty()
}

const JAVA_TYPES: &[&str] = &["class", "interface", "enum", "record"];
const KOTLIN_TYPES: &[&str] = &["class", "object", "interface"];

/// A word or a brace of the program, with where it starts (comments, strings and character
/// literals are skipped).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Token<'a> {
    text: &'a str,
    at: usize,
}

fn tokens(source: &str) -> Vec<Token<'_>> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let rest = &source[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if let Some(comment) = rest.strip_prefix("/*") {
            i += comment.find("*/").map_or(rest.len(), |e| e + 4);
        } else if let Some(text) = rest.strip_prefix("\"\"\"") {
            i += text.find("\"\"\"").map_or(rest.len(), |e| e + 6);
        } else if c == b'"' || c == b'\'' {
            // To the closing quote, past escaped ones.
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != c && bytes[j] != b'\n' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            i = j + 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' {
            let len = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '$'))
                .unwrap_or(rest.len());
            out.push(Token { text: &rest[..len], at: i });
            i += len;
        } else {
            if matches!(c, b'{' | b'}' | b'(' | b'@' | b':' | b';' | b'.') {
                out.push(Token { text: &rest[..1], at: i });
            }
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// A type declaration: its name (empty for a companion or anonymous object) and the nesting
/// depth of its body.
#[derive(Debug, Clone)]
struct Declared<'a> {
    name: &'a str,
    body_depth: usize,
}

/// Where each `main` function is declared: the types around it, outermost first.
fn mains<'a>(tokens: &[Token<'a>], type_words: &[&str]) -> Vec<Vec<&'a str>> {
    let mut found = Vec::new();
    let mut open: Vec<Declared<'a>> = Vec::new();
    let mut pending: Option<&'a str> = None;
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate() {
        match token.text {
            "{" => {
                depth += 1;
                if let Some(name) = pending.take() {
                    open.push(Declared { name, body_depth: depth });
                }
            }
            "}" => {
                if open.last().is_some_and(|d| d.body_depth == depth) {
                    open.pop();
                }
                depth = depth.saturating_sub(1);
            }
            // A declaration without a body ends before the next statement or function.
            ";" | "fun" => pending = None,
            // `Foo.class`, `Foo::class`: an expression, not a declaration.
            word if type_words.contains(&word)
                && !(i > 0 && matches!(tokens[i - 1].text, "." | ":")) =>
            {
                // `companion object` has no name of its own: it is reached through its class.
                let next = tokens.get(i + 1).map(|t| t.text).unwrap_or("");
                let named = next.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_');
                pending = Some(if named && next != "companion" { next } else { "" });
            }
            "main"
                if tokens.get(i + 1).is_some_and(|t| t.text == "(")
                    && i > 0
                    && matches!(tokens[i - 1].text, "void" | "fun") =>
            {
                let path = open.iter().map(|d| d.name).filter(|n| !n.is_empty()).collect();
                found.push(path);
            }
            _ => {}
        }
    }
    found
}

/// Blanks `range` of `source` (spaces, newlines kept).
fn blank(source: &mut String, range: std::ops::Range<usize>) {
    let spaces: String =
        source[range.clone()].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
    source.replace_range(range, &spaces);
}

/// The range of the `package ...;` (or Kotlin's `package ...` line) at the top level.
fn package_line(source: &str, tokens: &[Token]) -> Option<std::ops::Range<usize>> {
    // Before any body: after file annotations (Kotlin's `@file:...`) at most.
    let start = tokens.iter().take_while(|t| t.text != "{").find(|t| t.text == "package")?.at;
    let end = source[start..]
        .find([';', '\n'])
        .map_or(source.len(), |e| start + e + usize::from(source[start + e..].starts_with(';')));
    Some(start..end)
}

const NO_JAVA_MAIN: &str = "no entry point: declare `public static void main(String[] args)` \
    in a class (of any name)";
const NO_KOTLIN_MAIN: &str = "no entry point: declare a top-level `fun main()` (or a \
    `@JvmStatic fun main(args: Array<String>)` in an object)";

fn java(source: &str) -> Result<Cow<'_, str>, String> {
    let tokens = tokens(source);
    let mains = mains(&tokens, JAVA_TYPES);
    let Some(entry) = mains.first() else { return Err(NO_JAVA_MAIN.into()) };
    let package = package_line(source, &tokens);
    if entry.as_slice() == ["Main"] && package.is_none() {
        return Ok(Cow::Borrowed(source));
    }
    let mut out = source.to_string();
    if let Some(range) = package {
        blank(&mut out, range);
    }
    if entry.as_slice() != ["Main"] {
        // `public` before a top-level type: the file is Main.java, so it may not be public.
        let mut depth = 0usize;
        for token in &tokens {
            match token.text {
                "{" => depth += 1,
                "}" => depth = depth.saturating_sub(1),
                "public" if depth == 0 => blank(&mut out, token.at..token.at + "public".len()),
                _ => {}
            }
        }
        out.push_str(&format!(
            "\nclass Main {{ public static void main(String[] args) throws Throwable {{ {}.main(args); }} }}\n",
            entry.join(".")
        ));
    }
    Ok(Cow::Owned(out))
}

fn kotlin(source: &str) -> Result<Cow<'_, str>, String> {
    let tokens = tokens(source);
    let mains = mains(&tokens, KOTLIN_TYPES);
    let Some(entry) = mains.iter().min_by_key(|path| path.len()) else {
        return Err(NO_KOTLIN_MAIN.into());
    };
    let mut out = source.to_string();
    let mut changed = false;
    if let Some(range) = package_line(source, &tokens) {
        blank(&mut out, range);
        changed = true;
    }
    // `@file:JvmName("X")` renames the class of the top-level functions away from MainKt.
    for (i, token) in tokens.iter().enumerate() {
        let words: Vec<&str> = tokens[i..].iter().take(3).map(|t| t.text).collect();
        if words == ["@", "file", ":"] && tokens.get(i + 3).is_some_and(|t| t.text == "JvmName") {
            let end = source[token.at..].find(')').map_or(source.len(), |e| token.at + e + 1);
            blank(&mut out, token.at..end);
            changed = true;
        }
    }
    if !entry.is_empty() {
        let owner = entry[0];
        // `fun main()` in an object takes no arguments; `main(args: Array<String>)` takes them.
        let takes_args = source.contains("main(args") || source.contains("main(argv");
        let call = if takes_args { "main(args)" } else { "main()" };
        out.push_str(&format!("\nfun main(args: Array<String>) = {owner}.{call}\n"));
        changed = true;
    }
    Ok(if changed { Cow::Owned(out) } else { Cow::Borrowed(source) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_java_entry_point_of_any_name_gets_a_launcher() {
        let main = "public class Main { public static void main(String[] a) {} }";
        assert!(matches!(prepare(Language::Java, main), Ok(Cow::Borrowed(_))));
        let solution = "package contest;\nimport java.util.*;\n\npublic class Solution {\n  static class Node {}\n  // void main(\n  public static void main(String[] args) { String s = \"}\"; }\n}\n";
        let prepared = prepare(Language::Java, solution).unwrap();
        assert!(
            prepared
                .starts_with("                \nimport java.util.*;\n\n       class Solution {"),
            "{prepared}"
        );
        assert!(
            prepared.contains("public static void main(String[] args) { String s"),
            "nested `public` stays"
        );
        assert!(prepared.ends_with("{ Solution.main(args); } }\n"), "{prepared}");
        assert_eq!(prepared.lines().count(), solution.lines().count() + 2, "lines are kept");
        let nested =
            "class Outer { static class Inner { public static void main(String[] x) {} } }";
        assert!(prepare(Language::Java, nested).unwrap().contains("Outer.Inner.main(args)"));
        let e =
            prepare(Language::Java, "public class Solution { int twice(int x) { return 2 * x; } }");
        assert!(e.unwrap_err().starts_with("no entry point"));
    }

    #[test]
    fn a_kotlin_main_in_an_object_gets_a_top_level_launcher() {
        let top = "fun main() { println(1) }\n";
        assert!(matches!(prepare(Language::Kotlin, top), Ok(Cow::Borrowed(_))));
        let object =
            "object Solution {\n    @JvmStatic fun main(args: Array<String>) { println(1) }\n}\n";
        assert!(prepare(Language::Kotlin, object).unwrap().ends_with("= Solution.main(args)\n"));
        let companion =
            "class App { companion object { @JvmStatic fun main(args: Array<String>) {} } }";
        assert!(prepare(Language::Kotlin, companion).unwrap().ends_with("= App.main(args)\n"));
        let renamed = "@file:JvmName(\"Sol\")\npackage a.b\nfun main() {}\n";
        let prepared = prepare(Language::Kotlin, renamed).unwrap();
        assert_eq!(prepared.trim(), "fun main() {}");
        let e = prepare(Language::Kotlin, "fun solve() = 1\n").unwrap_err();
        assert!(e.starts_with("no entry point"), "{e}");
        assert!(matches!(prepare(Language::Python3, "x"), Ok(Cow::Borrowed("x"))));
    }

    #[test]
    fn of_a_folder_of_classes_the_one_declaring_main_is_found() {
        let adder = "public class Adder { static long add(long a, long b) { return a + b; } }";
        let solution = "public class Solution { public static void main(String[] a) {} }";
        assert!(!declares_main(Language::Java, adder));
        assert!(declares_main(Language::Java, solution));
        assert!(declares_main(Language::Kotlin, "fun main() {}\n"));
        assert!(!declares_main(Language::Kotlin, "fun add(a: Long, b: Long) = a + b\n"));
        assert!(!declares_main(Language::Python3, "def main(): pass\n"));
    }
}
