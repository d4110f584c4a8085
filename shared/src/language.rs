//! The languages of TRD §5 (nine) and C, the tenth (issue 18), with their limits. The farm
//! decides which ones it can run.

use serde::{Deserialize, Serialize};

/// A programming language a submission can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Python3,
    Java,
    Cpp17,
    Javascript,
    Typescript,
    Go,
    Rust,
    Kotlin,
    Csharp,
    /// C17 with gcc, as LeetCode, Codeforces and Kattis offer it.
    C,
}

impl Language {
    pub const ALL: [Language; 10] = [
        Language::Python3,
        Language::Java,
        Language::Cpp17,
        Language::Javascript,
        Language::Typescript,
        Language::Go,
        Language::Rust,
        Language::Kotlin,
        Language::Csharp,
        Language::C,
    ];

    /// The id used on the wire and in the database.
    pub fn id(self) -> &'static str {
        match self {
            Language::Python3 => "python3",
            Language::Java => "java",
            Language::Cpp17 => "cpp17",
            Language::Javascript => "javascript",
            Language::Typescript => "typescript",
            Language::Go => "go",
            Language::Rust => "rust",
            Language::Kotlin => "kotlin",
            Language::Csharp => "csharp",
            Language::C => "c",
        }
    }

    pub fn parse(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn display_name(self) -> &'static str {
        match self {
            Language::Python3 => "Python 3",
            Language::Java => "Java",
            Language::Cpp17 => "C++17",
            Language::Javascript => "JavaScript",
            Language::Typescript => "TypeScript",
            Language::Go => "Go",
            Language::Rust => "Rust",
            Language::Kotlin => "Kotlin",
            Language::Csharp => "C#",
            Language::C => "C",
        }
    }

    /// Per-test time limit from TRD §5's table, in milliseconds.
    pub fn time_limit_ms(self) -> u32 {
        match self {
            Language::Cpp17 | Language::C | Language::Go | Language::Rust => 2000,
            Language::Python3 | Language::Javascript | Language::Typescript => 3000,
            Language::Java | Language::Kotlin | Language::Csharp => 4000,
        }
    }

    /// Memory limit from TRD §5's table (the same for every language), in MiB.
    pub fn memory_limit_mb(self) -> u32 {
        256
    }
}

stored_as_text!(Language, Language::id, Language::parse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_round_trips_through_its_id() {
        for l in Language::ALL {
            assert_eq!(Language::parse(l.id()), Some(l));
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.id()));
        }
        assert_eq!(Language::parse("cobol"), None);
        assert_eq!(Language::parse("c"), Some(Language::C));
        assert_eq!(Language::C.time_limit_ms(), Language::Cpp17.time_limit_ms());
    }
}
