//! The 2023-07 format's `constants:` of problem.yaml: names for numbers and strings a package
//! uses in several places (a bound in the statement, the input validator and the output
//! validator). `{{name}}` is replaced by the constant's value in the statements (before LaTeX
//! is rendered) and in every source file of the package's validators and interactor, so the
//! three always agree. A `{{...}}` that names no constant is left as written.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Program;

/// A constant's value as problem.yaml gives it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(super) enum Value {
    Integer(i64),
    Real(f64),
    Text(String),
}

impl Value {
    /// The text put in place of `{{name}}`: an integer in digits, a real number in its
    /// shortest exact form, a string as it is.
    fn text(&self) -> String {
        match self {
            Value::Integer(n) => n.to_string(),
            Value::Real(x) => x.to_string(),
            Value::Text(s) => s.clone(),
        }
    }
}

/// The constants by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Constants(BTreeMap<String, String>);

impl Constants {
    /// The constants of problem.yaml; a name that is not an identifier is refused, naming it.
    pub(super) fn new(raw: BTreeMap<String, Value>) -> Result<Constants, String> {
        raw.into_iter()
            .map(|(name, value)| {
                let identifier =
                    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if identifier {
                    Ok((name, value.text()))
                } else {
                    Err(format!(
                        "constants.{name}: a constant's name is letters, digits and '_', not \
                         starting with a digit"
                    ))
                }
            })
            .collect::<Result<_, _>>()
            .map(Constants)
    }

    /// `text` with every `{{name}}` of a constant replaced by its value.
    pub(super) fn substitute(&self, text: &str) -> String {
        if self.0.is_empty() || !text.contains("{{") {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find("}}").and_then(|end| Some((end, self.0.get(&after[..end])?))) {
                Some((end, value)) => {
                    out.push_str(value);
                    rest = &after[end + 2..];
                }
                // Not a constant here; one brace on, a `{{` may still start at the next.
                None => {
                    out.push('{');
                    rest = &rest[start + 1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// `program` with the constants put into its main source and every other file of it.
    pub(super) fn put_into(&self, program: Program) -> Program {
        if self.0.is_empty() {
            return program;
        }
        Program {
            code: self.substitute(&program.code),
            files: program.files.map_texts(|text| self.substitute(text)),
            ..program
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constants(yaml: &str) -> Result<Constants, String> {
        Constants::new(serde_yaml::from_str(yaml).unwrap())
    }

    #[test]
    fn known_names_are_replaced_and_anything_else_is_left_as_written() {
        let c = constants("max_n: 100000\neps: 0.000001\nname: Alice\n").unwrap();
        let text = "$n \\le {{max_n}}$, error {{eps}}, {{name}}; {{unknown}} {{ max_n }} {{max_n";
        assert_eq!(
            c.substitute(text),
            "$n \\le 100000$, error 0.000001, Alice; {{unknown}} {{ max_n }} {{max_n"
        );
        assert_eq!(c.substitute("{{{max_n}}}"), "{100000}", "a brace around a constant stays");
        assert_eq!(Constants::default().substitute("{{max_n}}"), "{{max_n}}");
    }

    #[test]
    fn a_name_must_be_an_identifier() {
        let e = constants("1st: 3\n").unwrap_err();
        assert!(e.starts_with("constants.1st:"), "{e}");
        assert!(constants("max-n: 3\n").is_err());
        assert!(constants("_n2: 3\n").is_ok());
    }

    #[test]
    fn every_file_of_a_program_gets_the_constants() {
        use crate::model::{FileName, ProgramFiles};
        let c = constants("max_n: 10\n").unwrap();
        let files: ProgramFiles =
            [(FileName::parse("bounds.h").unwrap(), "#define MAX_N {{max_n}}\n".to_string())]
                .into_iter()
                .collect();
        let program = Program {
            language: algoarena_shared::language::Language::Cpp17,
            code: "// n <= {{max_n}}\n".into(),
            files,
        };
        let done = c.put_into(program);
        assert_eq!(done.code, "// n <= 10\n");
        assert_eq!(done.files.iter().next().unwrap().1, "#define MAX_N 10\n");
    }
}
