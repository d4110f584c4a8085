//! A problem's declared interface, as the setter writes it in the problem's TOML: either one
//! function (`[function]`) or a class whose methods the tests call in sequence (`[design]`).
//!
//! ```toml
//! [function]
//! name = "twoSum"
//! params = [ { name = "nums", type = "int[]" }, { name = "target", type = "int" } ]
//! returns = "int[]"
//! ```
//!
//! An in-place function returns `void` and names the parameter whose value after the call is
//! the answer: `returns = "void"` and `answer = "nums"`.
//!
//! ```toml
//! [design]
//! class = "MinStack"
//! constructor = []
//! methods = [ { name = "push", params = [ { name = "val", type = "int" } ], returns = "void" },
//!             { name = "getMin", params = [], returns = "int" } ]
//! ```
//!
//! Type names are checked while deserializing (see [`ValueType`]); everything that involves
//! more than one field is checked by [`Signature::validate`].

use std::collections::HashSet;

use serde::Deserialize;

use super::names::{class_name_problem, identifier_problem, pascal_case, snake_case};
use super::types::{Returns, ValueType};

/// A function-signature problem's interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    Function(Function),
    Design(Design),
}

/// One function the user writes (a method of LeetCode's `Solution` where the language has
/// classes); each test calls it once.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Function {
    pub name: String,
    #[serde(default)]
    pub params: Vec<Param>,
    pub returns: Returns,
    /// For `returns = "void"`: the parameter whose value after the call is the result.
    pub answer: Option<String>,
}

/// A class the user writes; each test constructs it once and then calls its methods.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub class: String,
    /// The constructor's parameters.
    #[serde(default)]
    pub constructor: Vec<Param>,
    pub methods: Vec<Method>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub name: String,
    #[serde(default)]
    pub params: Vec<Param>,
    pub returns: Returns,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: ValueType,
}

/// Why a signature cannot be used; the message names the offending field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SignatureError(pub String);

/// The two tables a problem file may hold; anything else in the file belongs to someone else.
#[derive(Deserialize)]
struct Tables {
    function: Option<Function>,
    design: Option<Design>,
}

impl TryFrom<Tables> for Signature {
    type Error = String;

    fn try_from(tables: Tables) -> Result<Self, String> {
        match (tables.function, tables.design) {
            (Some(function), None) => Ok(Signature::Function(function)),
            (None, Some(design)) => Ok(Signature::Design(design)),
            (Some(_), Some(_)) => {
                Err("a problem has either a [function] or a [design] table, not both".into())
            }
            (None, None) => Err("no [function] or [design] table".into()),
        }
    }
}

impl<'de> Deserialize<'de> for Signature {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Signature::try_from(Tables::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

impl Signature {
    /// Reads the `[function]` or `[design]` table of a problem's TOML and validates it.
    pub fn from_toml(text: &str) -> Result<Signature, SignatureError> {
        let signature: Signature =
            toml::from_str(text).map_err(|e| SignatureError(e.to_string()))?;
        signature.validate()?;
        Ok(signature)
    }

    /// Checks what deserializing cannot: names every language accepts, no duplicates (also
    /// after the Rust, Go and C# spellings), and an `answer` exactly when the function is void.
    pub fn validate(&self) -> Result<(), SignatureError> {
        match self {
            Signature::Function(function) => validate_function(function),
            Signature::Design(design) => validate_design(design),
        }
        .map_err(SignatureError)
    }

    /// Every value type the signature mentions, with the types nested in them, each once,
    /// innermost first (so a generator can define element helpers before container helpers).
    pub fn value_types(&self) -> Vec<ValueType> {
        let mut seen = HashSet::new();
        let mut all: Vec<ValueType> = Vec::new();
        for ty in self.declared_types() {
            for nested in ty.with_elements() {
                if seen.insert(nested.clone()) {
                    all.push(nested.clone());
                }
            }
        }
        all.sort_by_key(|ty| ty.depth());
        all
    }

    /// Whether `leaf` (e.g. `ListNode`) appears anywhere in the signature.
    pub fn uses(&self, leaf: &ValueType) -> bool {
        self.value_types().iter().any(|ty| ty == leaf)
    }

    fn declared_types(&self) -> Vec<&ValueType> {
        match self {
            Signature::Function(f) => {
                f.params.iter().map(|p| &p.ty).chain(f.returns.value()).collect()
            }
            Signature::Design(d) => d
                .constructor
                .iter()
                .map(|p| &p.ty)
                .chain(
                    d.methods
                        .iter()
                        .flat_map(|m| m.params.iter().map(|p| &p.ty).chain(m.returns.value())),
                )
                .collect(),
        }
    }
}

impl Function {
    /// The index of the `answer` parameter of an in-place function.
    pub fn answer_index(&self) -> Option<usize> {
        let answer = self.answer.as_deref()?;
        self.params.iter().position(|p| p.name == answer)
    }
}

fn validate_function(function: &Function) -> Result<(), String> {
    if let Some(problem) = identifier_problem(&function.name) {
        return Err(format!("function.name: {problem}"));
    }
    validate_params("function.params", &function.params)?;
    match (&function.returns, &function.answer) {
        (Returns::Void, None) => {
            Err("function: a void function needs `answer`, the parameter whose \
                                      value after the call is the result"
                .into())
        }
        (Returns::Value(_), Some(_)) => {
            Err("function.answer: only a void (in-place) function names an answer".into())
        }
        (Returns::Value(_), None) => Ok(()),
        (Returns::Void, Some(answer)) => {
            let param = function
                .params
                .iter()
                .find(|p| &p.name == answer)
                .ok_or_else(|| format!("function.answer: there is no parameter `{answer}`"))?;
            if param.ty.is_mutable() {
                Ok(())
            } else {
                Err(format!(
                    "function.answer: `{answer}` is a {}, which the function cannot change in place \
                     (use an array, a list, ListNode or TreeNode)",
                    param.ty
                ))
            }
        }
    }
}

fn validate_design(design: &Design) -> Result<(), String> {
    if let Some(problem) = class_name_problem(&design.class) {
        return Err(format!("design.class: {problem}"));
    }
    validate_params("design.constructor", &design.constructor)?;
    if design.methods.is_empty() {
        return Err("design.methods: a design class needs at least one method".into());
    }
    // Rust's constructor is `new`, Go's is `Constructor`, and C# forbids a member named like
    // its class: a method may take none of those names in any spelling.
    let mut taken: HashSet<String> =
        ["new", "Constructor", design.class.as_str()].iter().map(|s| s.to_string()).collect();
    for (i, method) in design.methods.iter().enumerate() {
        let field = format!("design.methods[{i}]");
        if let Some(problem) = identifier_problem(&method.name) {
            return Err(format!("{field}.name: {problem}"));
        }
        for spelling in spellings(&method.name) {
            if !taken.insert(spelling.clone()) {
                return Err(format!(
                    "{field}.name: `{}` clashes with another method or the constructor (as `{spelling}`)",
                    method.name
                ));
            }
        }
        validate_params(&format!("{field}.params"), &method.params)?;
    }
    Ok(())
}

fn validate_params(field: &str, params: &[Param]) -> Result<(), String> {
    let mut taken = HashSet::new();
    for (i, param) in params.iter().enumerate() {
        if let Some(problem) = identifier_problem(&param.name) {
            return Err(format!("{field}[{i}].name: {problem}"));
        }
        // `numRows` and `num_rows` are the same parameter in Rust.
        if !taken.insert(snake_case(&param.name)) {
            return Err(format!("{field}[{i}].name: duplicate parameter `{}`", param.name));
        }
    }
    Ok(())
}

/// A method name as the languages spell it: as written, Rust's and Go/C#'s.
fn spellings(name: &str) -> HashSet<String> {
    [name.to_string(), snake_case(name), pascal_case(name)].into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(toml: &str) -> String {
        Signature::from_toml(toml).unwrap_err().0
    }

    #[test]
    fn a_function_an_in_place_function_and_a_design_parse() {
        let two_sum = Signature::from_toml(
            "title = \"Two Sum\"\n[function]\nname = \"twoSum\"\n\
             params = [ { name = \"nums\", type = \"int[]\" }, { name = \"target\", type = \"int\" } ]\n\
             returns = \"int[]\"\n",
        )
        .unwrap();
        let Signature::Function(f) = &two_sum else { panic!("{two_sum:?}") };
        assert_eq!(f.params[0].ty, ValueType::Array(Box::new(ValueType::Int)));
        assert_eq!(f.returns, Returns::Value(ValueType::parse("int[]").unwrap()));
        assert_eq!(two_sum.value_types(), [ValueType::Int, ValueType::parse("int[]").unwrap()]);

        let sort = Signature::from_toml(
            "[function]\nname = \"sortColors\"\nparams = [ { name = \"nums\", type = \"int[]\" } ]\n\
             returns = \"void\"\nanswer = \"nums\"\n",
        )
        .unwrap();
        let Signature::Function(f) = &sort else { panic!() };
        assert_eq!(f.answer_index(), Some(0));

        let stack = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nconstructor = []\nmethods = [\n\
             { name = \"push\", params = [ { name = \"val\", type = \"int\" } ], returns = \"void\" },\n\
             { name = \"getMin\", returns = \"int\" } ]\n",
        )
        .unwrap();
        let Signature::Design(d) = &stack else { panic!() };
        assert_eq!(d.methods[1].returns, Returns::Value(ValueType::Int));
        assert!(!stack.uses(&ValueType::ListNode));
    }

    #[test]
    fn bad_types_and_void_parameters_are_refused_while_reading() {
        let bad_type = error("[function]\nname = \"f\"\nparams = [ { name = \"x\", type = \"integer\" } ]\nreturns = \"int\"\n");
        assert!(bad_type.contains("unknown type `integer`"), "{bad_type}");
        let void_param = error("[function]\nname = \"f\"\nparams = [ { name = \"x\", type = \"void\" } ]\nreturns = \"int\"\n");
        assert!(void_param.contains("only allowed as a return type"), "{void_param}");
        let typo = error("[function]\nname = \"f\"\nreturn = \"int\"\n");
        assert!(typo.contains("return"), "{typo}");
        assert!(error("title = \"x\"\n").contains("no [function] or [design]"));
    }

    #[test]
    fn cross_field_mistakes_are_named_precisely() {
        let function = |params: &str, returns: &str, answer: &str| {
            error(&format!("[function]\nname = \"f\"\nparams = [ {params} ]\nreturns = \"{returns}\"\n{answer}"))
        };
        let x = "{ name = \"x\", type = \"int[]\" }";
        assert!(function(&format!("{x}, {x}"), "int", "")
            .contains("params[1].name: duplicate parameter `x`"));
        assert!(function(
            "{ name = \"numRows\", type = \"int\" }, { name = \"num_rows\", type = \"int\" }",
            "int",
            ""
        )
        .contains("duplicate"));
        assert!(function(x, "void", "").contains("needs `answer`"));
        assert!(function(x, "void", "answer = \"y\"").contains("no parameter `y`"));
        assert!(function(x, "int", "answer = \"x\"").contains("only a void"));
        assert!(function("{ name = \"s\", type = \"string\" }", "void", "answer = \"s\"")
            .contains("in place"));
        assert!(function("{ name = \"lambda\", type = \"int\" }", "int", "").contains("reserved"));

        let design = |class: &str, methods: &str| {
            error(&format!("[design]\nclass = \"{class}\"\nmethods = [ {methods} ]\n"))
        };
        let get = "{ name = \"get\", returns = \"int\" }";
        assert!(design("Solution", get).contains("taken"));
        assert!(design("Cache", "").contains("at least one method"));
        assert!(design("Cache", &format!("{get}, {get}")).contains("clashes"));
        assert!(design("Cache", &format!("{get}, {{ name = \"Get\", returns = \"int\" }}"))
            .contains("clashes"));
        assert!(design("Cache", "{ name = \"new\", returns = \"void\" }").contains("reserved"));
        assert!(
            design("Cache", "{ name = \"constructor\", returns = \"void\" }").contains("reserved")
        );
        assert!(design("Cache", "{ name = \"cache\", returns = \"void\" }").contains("clashes"));
    }
}
