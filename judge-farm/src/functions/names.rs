//! Names across ten languages: which setter-chosen identifiers every language accepts, and the
//! case conventions LeetCode uses per language (Rust `two_sum`, Go and C# `GetMin`, Kotlin
//! `` `val` ``).

/// Words that are keywords (or otherwise unusable as a parameter or method name), by language.
/// Kotlin is not listed: it quotes any name in backticks, which is how LeetCode writes
/// ``push(`val`: Int)``.
const RESERVED: &[(&str, &str)] = &[
    (
        "Python",
        "False None True and as assert async await def del elif except from global import is \
         lambda nonlocal not or pass raise with yield self",
    ),
    (
        "Java",
        "abstract boolean byte catch char class const continue default do double else enum \
         extends final finally float for goto if implements import instanceof int interface long \
         native new null package private protected public return short static strictfp super \
         switch synchronized this throw throws transient true false try void volatile while",
    ),
    (
        "C#",
        "base bool checked decimal delegate event explicit extern fixed foreach implicit in \
         internal lock namespace object operator out override params readonly ref sbyte sealed \
         sizeof stackalloc string struct typeof uint ulong unchecked unsafe ushort using virtual",
    ),
    (
        "C++",
        "alignas alignof and_eq asm auto bitand bitor break case char16_t char32_t compl \
         constexpr const_cast decltype delete dynamic_cast friend inline mutable noexcept not_eq \
         nullptr or_eq register reinterpret_cast signed static_assert static_cast template \
         thread_local typedef typeid typename union unsigned wchar_t xor xor_eq main",
    ),
    (
        "JavaScript/TypeScript",
        "any arguments constructor debugger declare eval export function keyof let module never \
         number symbol type undefined unknown var",
    ),
    // C's keywords beyond C++'s (`_Bool` and the like start with `_`, refused anyway); the
    // names its headers take only keep a problem from C (functions::not_offered).
    ("C", "restrict"),
    ("Go", "chan defer fallthrough func go iota map nil range select"),
    (
        "Rust",
        "abstract become box crate do dyn final fn gen impl loop macro match mod move mut override \
         priv pub Self trait try typeof union unsized virtual where yield",
    ),
];

/// Names the generated programs themselves define: a setter's class may not take them.
const TAKEN_CLASS_NAMES: &str = "Solution Main MainKt ListNode TreeNode Program AlgoArena";

/// Kotlin's hard keywords: names Kotlin needs in backticks.
const KOTLIN_KEYWORDS: &str = "as break class continue do else false for fun if in interface is \
    null object package return super this throw true try typealias typeof val var when while";

/// Why `name` cannot be a parameter, method or class name, or None when every language takes it.
pub fn identifier_problem(name: &str) -> Option<String> {
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    if !starts_well || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Some(format!(
            "`{name}` is not an identifier (an ASCII letter, then letters, digits or `_`)"
        ));
    }
    // The drivers' own top-level names: Go's `aaInput`, `aaR_int`, Kotlin's `AaNum`, C#'s and
    // Java's `AlgoArena`, Rust's `algoarena`.
    let driver_prefix = name.len() > 2
        && name[..2].eq_ignore_ascii_case("aa")
        && name[2..].starts_with(|c: char| c.is_ascii_uppercase() || c == '_');
    if driver_prefix || name.to_lowercase().starts_with("algoarena") {
        return Some(format!("`{name}` uses a prefix reserved for the generated driver"));
    }
    for word in [name.to_string(), snake_case(name)] {
        for (language, words) in RESERVED {
            if words.split_whitespace().any(|w| w == word) {
                return Some(format!("`{word}` is a reserved word in {language}"));
            }
        }
    }
    None
}

/// Why `name` cannot name a design class, beyond being an identifier.
pub fn class_name_problem(name: &str) -> Option<String> {
    if let Some(problem) = identifier_problem(name) {
        return Some(problem);
    }
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Some(format!("class name `{name}` must start with an upper-case letter"));
    }
    TAKEN_CLASS_NAMES
        .split_whitespace()
        .any(|taken| taken == name)
        .then(|| format!("class name `{name}` is taken by the generated program"))
}

/// Rust's spelling of a camelCase name, as LeetCode writes it: `twoSum` -> `two_sum`,
/// `isValidBST` -> `is_valid_bst`, `BSTIterator` -> `bst_iterator`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = previous.is_ascii_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_ascii_uppercase() && next_is_lower);
            if boundary && previous != '_' {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Go's and C#'s spelling of a method name (exported, PascalCase): `getMin` -> `GetMin`.
pub fn pascal_case(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// Kotlin's spelling of a name: Kotlin keywords are quoted in backticks.
pub fn kotlin(name: &str) -> String {
    if KOTLIN_KEYWORDS.split_whitespace().any(|keyword| keyword == name) {
        format!("`{name}`")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_follows_leetcode_rust_names() {
        for (camel, snake) in [
            ("twoSum", "two_sum"),
            ("getMin", "get_min"),
            ("isValidBST", "is_valid_bst"),
            ("BSTIterator", "bst_iterator"),
            ("nums", "nums"),
            ("numRows", "num_rows"),
            ("kthSmallest2", "kth_smallest2"),
            ("already_snake", "already_snake"),
        ] {
            assert_eq!(snake_case(camel), snake, "{camel}");
        }
    }

    #[test]
    fn pascal_and_kotlin_spellings() {
        assert_eq!(pascal_case("getMin"), "GetMin");
        assert_eq!(kotlin("val"), "`val`");
        assert_eq!(kotlin("nums"), "nums");
    }

    #[test]
    fn keywords_of_any_language_and_odd_characters_are_refused() {
        assert!(identifier_problem("nums").is_none());
        assert!(identifier_problem("val").is_none(), "Kotlin quotes it");
        assert!(identifier_problem("aab").is_none());
        for bad in [
            "",
            "1x",
            "x-y",
            "_x",
            "héllo",
            "lambda",
            "self",
            "type",
            "func",
            "string",
            "new",
            "aa_x",
            "aaRun",
            "AaNum",
            "AlgoArenaMain",
        ] {
            assert!(identifier_problem(bad).is_some(), "{bad}");
        }
        // The Rust spelling of a name is checked too: `isMatch` is fine, `Match` becomes `match`.
        assert_eq!(identifier_problem("Match").unwrap(), "`match` is a reserved word in Rust");
        assert!(identifier_problem("isMatch").is_none());
        assert!(class_name_problem("MinStack").is_none());
        assert!(class_name_problem("minStack").is_some());
        assert!(class_name_problem("Solution").is_some());
    }
}
