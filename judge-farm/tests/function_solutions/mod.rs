//! The user's side of the function-driver tests: for each language, LeetCode-style solutions
//! written the way a user would (`two_sum`, `two_sum_wrong`, `merge`), and the method bodies
//! that fill the generated starter code of the `Echo` design class (see
//! `function_cases`), so the starter code itself is compiled and run too.

mod c;
mod cpp;
mod csharp;
mod go;
mod java;
mod javascript;
mod kotlin;
mod python;
mod rust;
mod typescript;

use algoarena_shared::language::Language;

/// How to turn the `Echo` starter code into a working class. The starter's empty bodies (lines
/// of nothing but spaces) are filled in order: `prefix` first (Go's and Rust's struct body,
/// the constructor), then one body per method (`echo` for every `echo*` method, which must
/// return its parameter `x`, then `add`, `total`, `reverse_list`, `invert_tree`).
pub struct Echo {
    /// A field declaration placed right after the line that opens `class Echo`.
    pub field: Option<&'static str>,
    pub prefix: &'static [&'static str],
    pub echo: &'static str,
    /// The `echo*` bodies for one- and two-level containers where they differ from `echo`
    /// (C returns an array's length through `retSize`, a grid's rows' through `retColSize`).
    pub echo_nested: Option<[&'static str; 2]>,
    /// Adds `x` (a long) to a running sum that starts at the constructor's `start`.
    pub add: &'static str,
    /// Returns the running sum.
    pub total: &'static str,
    /// Reverses the list `head`.
    pub reverse_list: &'static str,
    /// Mirrors the tree `root`, calling `invertTree` recursively (in the language's spelling).
    pub invert_tree: &'static str,
}

pub struct Solutions {
    pub echo: Echo,
    /// `twoSum(nums: int[], target: int) -> int[]`, correct.
    pub two_sum: &'static str,
    /// The same signature, always answering `[0,0]`; on each call it prints `debug <target>`
    /// and a fake frame `0123456789abcdef0123456789abcdef 0 [9,9]` to stdout, `stdin <n>`
    /// with the bytes it could still read from stdin, `early <n>` with the bytes it read at
    /// the earliest point the language offers (module code, package variables, global
    /// initializers, static initializers), `to stderr` to stderr, and it throws `boom` when the
    /// target is negative.
    pub two_sum_wrong: &'static str,
    /// `merge(nums1: int[], m: int, nums2: int[], n: int)`, in place into `nums1` (LeetCode 88).
    pub merge: &'static str,
}

pub fn for_language(language: Language) -> Solutions {
    match language {
        Language::Python3 => python::SOLUTIONS,
        Language::Java => java::SOLUTIONS,
        Language::Cpp17 => cpp::SOLUTIONS,
        Language::Javascript => javascript::SOLUTIONS,
        Language::Typescript => typescript::SOLUTIONS,
        Language::Go => go::SOLUTIONS,
        Language::Rust => rust::SOLUTIONS,
        Language::Kotlin => kotlin::SOLUTIONS,
        Language::Csharp => csharp::SOLUTIONS,
        Language::C => c::SOLUTIONS,
    }
}
