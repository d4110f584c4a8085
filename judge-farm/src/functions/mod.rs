//! LeetCode-style "function signature" problems: the setter declares a function or a design
//! class once ([`Signature`], language-neutral), and this module generates, for each of the
//! ten languages, the starter code the user edits ([`starter_code`]) and the complete program
//! the judge compiles and runs ([`program`]): the user's code plus a generated driver that
//! feeds every test's JSON arguments to it and prints each result as canonical JSON.
//!
//! # Driver protocol
//!
//! All tests of a submission run in one process. Its stdin is (see [`protocol::stdin`]):
//!
//! ```text
//! <marker>                                    a fresh random token per run, 32 hex digits
//! [[2,7,11,15],9]                             function: a JSON array of the arguments
//! {"calls":["MinStack","push","getMin"],"args":[[],[-2],[]]}    design: calls and arguments
//! ```
//!
//! Empty lines are ignored. The driver reads all of stdin before any user code runs, then
//! points fd 0 at `/dev/null`, so the user's code can read neither the marker nor the tests.
//! For test `k` (0-based) it calls the user's code and writes `\n<marker> <k> <json>\n` to
//! stdout, then flushes; the leading newline puts the frame on a line of its own whatever the
//! user printed before. The result of a function is its return value, or for an in-place
//! function (`returns = "void"`, `answer = "p"`) the value of `p` after the call. The result
//! of a design test is a JSON array with one entry per call: `null` for the constructor and
//! for void methods. Everything the user prints goes through untouched and is never judged
//! ([`protocol::split_output`] separates it from the frames). An exception in user code is
//! not caught: the program dies with its usual message on stderr and a non-zero status, and
//! the tests from that one on have no frame. Malformed test data (wrong arity, a value that
//! does not fit the declared type, an unknown method) also stops the driver with an error.
//!
//! The judge's other helpers: [`check_input`] refuses a test line that does not fit the
//! signature (better at import time than as the user's runtime error), [`canonical::value`]
//! brings a setter's expected output into the drivers' form, and
//! [`locate_user_code`] says where the user's code sits in a program, to map line numbers in
//! compiler messages and stack traces back to what the user wrote.
//!
//! # Canonical JSON
//!
//! Every driver prints results byte for byte the same way, so outputs compare across
//! languages (reference implementation: [`canonical`]):
//!
//! - no whitespace anywhere; `null`, `true`, `false`;
//! - `int` and `long`: plain decimal integers;
//! - `double`: the shortest digits that read back as the same double (the closest to the exact
//!   value when several are that short, an exact tie going to the even digit), laid out like JavaScript's `Number.prototype.toString`:
//!   plain notation when `1e-6 <= |x| < 1e21` (`0.5`, `123.456`, `0.000001`), otherwise
//!   `d[.ddd]e±n` (`1e-7`, `2.5e-8`, `1e+21`); a plain integral value gets `.0` (`2.0`,
//!   `100000000000000000000.0`); zero is `0.0` or `-0.0`; NaN and the infinities, which JSON
//!   cannot hold, print as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`;
//! - `char` and `string`: JSON strings escaping `"` and `\`, `\b \f \n \r \t`, other control
//!   characters as `\u00xx` (lower-case hex); all other characters raw UTF-8 (UTF-16
//!   languages escape a lone surrogate as `\udxxx`);
//! - arrays and lists: `[a,b]`; a null array, list or string (Java, Python, ...) prints `null`,
//!   Go's nil slice prints `[]`;
//! - `ListNode`: the values in order, `[]` for an empty list; `TreeNode`: level order with
//!   `null` for missing children and trailing nulls trimmed (`[1,null,2,3]`), `[]` when empty.
//!
//! Inputs are read leniently where it is harmless (a double may be written `2`), strictly
//! where it is not (an `int` must be an integer in range).
//!
//! # Names and types per language
//!
//! Each generator follows LeetCode: `class Solution` with a camelCase method (Python, Java,
//! C++, Kotlin), a free function (JavaScript, TypeScript, Go), `impl Solution` with a
//! snake_case `pub fn` (Rust), a PascalCase method (C#). Design classes keep the setter's
//! class name; Go's constructor is `Constructor()` with PascalCase methods, Rust's is `new()`
//! with snake_case methods taking `&self` (the driver also accepts `&mut self`). Kotlin quotes
//! keywords in backticks (`` `val` ``). The type mapping of each language is in its file; the
//! notable choices: C++ passes vectors by reference (`vector<int>&`); Go uses `int` for `int`,
//! `int64` for `long`, `byte` for `char` and slices for arrays and lists; Rust takes owned
//! values (`Vec<i32>`) and `&mut` for an in-place answer; JavaScript and TypeScript numbers are
//! doubles, so a `long` beyond ±2^53 loses precision there. C (a free function; a design
//! class is a `typedef struct` with `<class>Create`, `<class><Method>` and `<class>Free`)
//! passes arrays as a pointer and a length and returns them through `int* returnSize`; see
//! `c.rs` for what C cannot offer ([`not_offered`]).

mod c;
mod c_names;
pub mod canonical;
mod class_starter;
mod cpp;
mod csharp;
mod function_call;
mod go;
pub mod input;
mod java;
mod javascript;
mod kotlin;
mod names;
mod nodes;
pub mod protocol;
mod python;
mod rust;
pub mod signature;
mod source;
pub mod types;

use algoarena_shared::language::Language;

pub use input::check_input;
pub use signature::{Design, Function, Method, Param, Signature, SignatureError};
pub use source::{locate_user_code, UserCodeStart};
pub use types::{Returns, ValueType};

/// The code a user starts from in `language`: the class or function to fill in, with the
/// node classes' definitions in a comment where the signature uses them.
pub fn starter_code(language: Language, sig: &Signature) -> String {
    match language {
        Language::Python3 => python::starter_code(sig),
        Language::Java => java::starter_code(sig),
        Language::Cpp17 => cpp::starter_code(sig),
        Language::Javascript => javascript::starter_code(sig, false),
        Language::Typescript => javascript::starter_code(sig, true),
        Language::Go => go::starter_code(sig),
        Language::Rust => rust::starter_code(sig),
        Language::Kotlin => kotlin::starter_code(sig),
        Language::Csharp => csharp::starter_code(sig),
        Language::C => c::starter_code(sig),
    }
}

/// Why a problem with this signature cannot be offered in `language` (its starter code is then
/// not made and a submission in it is a compile error saying so), or None when it can. Only C
/// refuses any: names its standard headers take, generated names that would clash.
pub fn not_offered(language: Language, sig: &Signature) -> Option<String> {
    match language {
        Language::C => c::not_offered(sig),
        _ => None,
    }
}

/// The complete source file to write as the language's `source_file`: the user's code with
/// the runtime and the generated driver around it. `sig` must be valid
/// ([`Signature::validate`]).
pub fn program(language: Language, sig: &Signature, user_code: &str) -> String {
    debug_assert!(sig.validate().is_ok(), "{:?}", sig.validate());
    match language {
        Language::Python3 => python::program(sig, user_code),
        Language::Java => java::program(sig, user_code),
        Language::Cpp17 => cpp::program(sig, user_code),
        Language::Javascript => javascript::program(sig, user_code, false),
        Language::Typescript => javascript::program(sig, user_code, true),
        Language::Go => go::program(sig, user_code),
        Language::Rust => rust::program(sig, user_code),
        Language::Kotlin => kotlin::program(sig, user_code),
        Language::Csharp => csharp::program(sig, user_code),
        Language::C => c::program(sig, user_code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_program_says_where_the_users_code_is() {
        let sig = Signature::from_toml(
            "[function]\nname = \"maxDepth\"\nparams = [ { name = \"root\", type = \"TreeNode\" } ]\nreturns = \"int\"\n",
        )
        .unwrap();
        for language in Language::ALL {
            let code = program(language, &sig, "first user line\nsecond user line");
            let start = locate_user_code(&code).unwrap_or_else(|| panic!("{language:?}"));
            assert_eq!(start.user_line, 1, "{language:?}");
            assert_eq!(
                code.lines().nth(start.program_line - 1),
                Some("first user line"),
                "{language:?}"
            );
        }
        // Hoisted imports: the program continues with the user's second line.
        let code = program(
            Language::Go,
            &sig,
            "import \"sort\"\nfunc maxDepth(root *TreeNode) int { return 0 }",
        );
        let start = locate_user_code(&code).unwrap();
        assert_eq!(start.user_line, 2);
        assert_eq!(
            code.lines().nth(start.program_line - 1),
            Some("func maxDepth(root *TreeNode) int { return 0 }")
        );
    }
}
