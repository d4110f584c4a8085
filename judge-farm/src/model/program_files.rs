//! The other files of a program a package gives as a folder (a validator's second source and
//! its header, a Python helper module, a Java class beside the main one), by name. The names
//! come from a problem setter, so a [`FileName`] is parsed once and is then safe to join to a
//! box's path and to name on a compile line.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A file's name inside a program's box: POSIX's portable filename characters (letters,
/// digits, `.`, `_`, `-`), no leading `.` (hidden files, `..`) or `-` (read as an option on a
/// compile line), at most [`FileName::MAX_LEN`] bytes. So it is never a path, and a shell
/// script takes it as one word without quoting.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FileName(String);

impl FileName {
    pub const MAX_LEN: usize = 100;

    /// `name` as a file name, or why it cannot be one.
    pub fn parse(name: &str) -> Result<FileName, String> {
        let portable = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
        if name.is_empty() || name.len() > Self::MAX_LEN {
            return Err(format!("a file name has 1 to {} characters", Self::MAX_LEN));
        }
        if name.starts_with(['.', '-']) || name.contains("..") {
            return Err("a file name may not start with '.' or '-', nor hold '..'".into());
        }
        if let Some(c) = name.chars().find(|c| !portable(*c)) {
            return Err(format!(
                "{c:?} is not a portable file name character (letters, digits, '.', '_', '-'; \
                 no folders)"
            ));
        }
        Ok(FileName(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for FileName {
    type Error = String;

    fn try_from(name: String) -> Result<Self, String> {
        FileName::parse(&name)
    }
}

impl From<FileName> for String {
    fn from(name: FileName) -> String {
        name.0
    }
}

impl std::fmt::Display for FileName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A program's files besides its main source, each written beside it in the box. A
/// single-file program has none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProgramFiles(BTreeMap<FileName, String>);

/// The files of a single-file program: every user submission's.
static NONE: ProgramFiles = ProgramFiles(BTreeMap::new());

impl ProgramFiles {
    /// No files, for the sources that have none (a user's submission, a self-test).
    pub fn none() -> &'static ProgramFiles {
        &NONE
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Adds a file; false when one of that name was already there (and is kept).
    pub fn insert(&mut self, name: FileName, text: String) -> bool {
        match self.0.entry(name) {
            std::collections::btree_map::Entry::Occupied(_) => false,
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(text);
                true
            }
        }
    }

    /// The files in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&FileName, &str)> {
        self.0.iter().map(|(name, text)| (name, text.as_str()))
    }

    /// The same files with each text changed by `change`.
    pub fn map_texts(self, change: impl Fn(&str) -> String) -> ProgramFiles {
        ProgramFiles(self.0.into_iter().map(|(name, text)| (name, change(&text))).collect())
    }

    /// The bytes of all the files.
    pub fn total_bytes(&self) -> usize {
        self.0.values().map(String::len).sum()
    }
}

impl FromIterator<(FileName, String)> for ProgramFiles {
    fn from_iter<I: IntoIterator<Item = (FileName, String)>>(files: I) -> Self {
        ProgramFiles(files.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_is_one_portable_word_and_never_a_path() {
        for good in ["validate.cpp", "Adder.java", "bounds.h", "data_1-a.txt", "Makefile"] {
            assert_eq!(FileName::parse(good).unwrap().as_str(), good);
        }
        for bad in
            ["", "../x.h", "a/b.cpp", ".hidden", "-o", "a..b", "sp ace.py", "é.py", "a\\b", "x;y"]
        {
            assert!(FileName::parse(bad).is_err(), "{bad:?}");
        }
        assert!(FileName::parse(&"a".repeat(FileName::MAX_LEN + 1)).is_err());
    }

    #[test]
    fn stored_names_are_parsed_again_when_read() {
        let files: ProgramFiles = serde_json::from_str(r#"{"helper.py": "x = 1\n"}"#).unwrap();
        assert_eq!(files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["helper.py"]);
        assert!(serde_json::from_str::<ProgramFiles>(r#"{"../etc/passwd": ""}"#).is_err());
    }

    #[test]
    fn a_name_is_taken_once() {
        let mut files = ProgramFiles::default();
        let name = FileName::parse("a.h").unwrap();
        assert!(files.insert(name.clone(), "1".into()));
        assert!(!files.insert(name, "22".into()));
        assert_eq!((files.len(), files.total_bytes()), (1, 1));
    }
}
