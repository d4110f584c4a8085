//! The language-neutral value types a problem setter writes in a signature (`int`, `long[]`,
//! `list<list<string>>`, `TreeNode`, ...), parsed once so every generator works on a checked
//! tree instead of strings.
//!
//! Containers nest at most two deep and do not mix: `int[][]` and `list<list<int>>` exist,
//! `list<int[]>` and `int[][][]` do not. Those are the shapes LeetCode uses, and each one maps
//! onto a plain, idiomatic type in all ten languages (Java has no generic arrays, Go no
//! distinction between arrays and lists).

use std::fmt;

/// A value a parameter takes or a method returns.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValueType {
    /// 32-bit signed integer.
    Int,
    /// 64-bit signed integer.
    Long,
    /// IEEE 754 double.
    Double,
    Bool,
    /// One ASCII character, a one-character JSON string on the wire (Go and C++ hold it in a
    /// byte, so wider characters cannot be promised everywhere).
    Char,
    String,
    /// LeetCode's singly-linked list of ints, `[1,2,3]` on the wire, `[]` for an empty list.
    ListNode,
    /// LeetCode's binary tree of ints in level order with `null` gaps, trailing nulls trimmed.
    TreeNode,
    /// A fixed-size array (`int[]`): Java `int[]`, Kotlin `IntArray`, C# `int[]`.
    Array(Box<ValueType>),
    /// A list (`list<int>`): Java `List<Integer>`, Kotlin `List<Int>`, C# `IList<int>`.
    List(Box<ValueType>),
}

/// The non-container types, by their signature names.
const LEAVES: [(&str, ValueType); 8] = [
    ("int", ValueType::Int),
    ("long", ValueType::Long),
    ("double", ValueType::Double),
    ("bool", ValueType::Bool),
    ("char", ValueType::Char),
    ("string", ValueType::String),
    ("ListNode", ValueType::ListNode),
    ("TreeNode", ValueType::TreeNode),
];

/// How deep arrays and lists may nest.
const MAX_DEPTH: usize = 2;

impl ValueType {
    /// Parses a signature type name; `void` is not a value type (see [`Returns`]).
    pub fn parse(text: &str) -> Result<ValueType, String> {
        let ty = Self::parse_any(text.trim())?;
        if ty.depth() > MAX_DEPTH {
            return Err(format!("type `{text}` nests deeper than {MAX_DEPTH} levels"));
        }
        Ok(ty)
    }

    fn parse_any(text: &str) -> Result<ValueType, String> {
        if let Some(inner) = text.strip_suffix("[]") {
            let element = Self::parse_any(inner.trim_end())?;
            if matches!(element, ValueType::List(_)) {
                return Err(format!(
                    "type `{text}` mixes lists and arrays; use `list<list<T>>` or `T[][]`"
                ));
            }
            return Ok(ValueType::Array(Box::new(element)));
        }
        if let Some(inner) = text.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
            let element = Self::parse_any(inner.trim())?;
            if matches!(element, ValueType::Array(_)) {
                return Err(format!(
                    "type `{text}` mixes lists and arrays; use `list<list<T>>` or `T[][]`"
                ));
            }
            return Ok(ValueType::List(Box::new(element)));
        }
        if text == "void" {
            return Err("`void` is only allowed as a return type".into());
        }
        LEAVES.iter().find(|(name, _)| *name == text).map(|(_, ty)| ty.clone()).ok_or_else(|| {
            format!(
                "unknown type `{text}` (expected int, long, double, bool, char, string, ListNode, \
                     TreeNode, T[], T[][], list<T> or list<list<T>>)"
            )
        })
    }

    /// How many containers wrap the innermost type: 0 for `int`, 2 for `int[][]`.
    pub fn depth(&self) -> usize {
        match self.element() {
            Some(element) => 1 + element.depth(),
            None => 0,
        }
    }

    /// The element type of an array or list.
    pub fn element(&self) -> Option<&ValueType> {
        match self {
            ValueType::Array(element) | ValueType::List(element) => Some(element),
            _ => None,
        }
    }

    /// The innermost non-container type: `int` for `list<list<int>>`.
    pub fn leaf(&self) -> &ValueType {
        match self.element() {
            Some(element) => element.leaf(),
            None => self,
        }
    }

    /// Whether a callee can change the caller's value in place (so it may be an `answer`):
    /// containers and linked structures, not scalars or (immutable) strings.
    pub fn is_mutable(&self) -> bool {
        matches!(
            self,
            ValueType::Array(_) | ValueType::List(_) | ValueType::ListNode | ValueType::TreeNode
        )
    }

    /// A name usable inside generated identifiers: `int_arr_arr`, `string_list`, `treenode`.
    pub fn ident(&self) -> String {
        match self {
            ValueType::Array(element) => format!("{}_arr", element.ident()),
            ValueType::List(element) => format!("{}_list", element.ident()),
            leaf => leaf.to_string().to_lowercase(),
        }
    }

    /// This type and every type nested in it, innermost first.
    pub fn with_elements(&self) -> Vec<&ValueType> {
        let mut all = match self.element() {
            Some(element) => element.with_elements(),
            None => Vec::new(),
        };
        all.push(self);
        all
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueType::Array(element) => write!(f, "{element}[]"),
            ValueType::List(element) => write!(f, "list<{element}>"),
            leaf => {
                let name = LEAVES.iter().find(|(_, ty)| ty == leaf).map(|(name, _)| *name);
                f.write_str(name.unwrap_or("?"))
            }
        }
    }
}

impl TryFrom<String> for ValueType {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        ValueType::parse(&text)
    }
}

impl<'de> serde::Deserialize<'de> for ValueType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ValueType::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// What a function or method gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returns {
    /// Nothing: a design method with side effects, or an in-place function (see `answer`).
    Void,
    Value(ValueType),
}

impl Returns {
    pub fn value(&self) -> Option<&ValueType> {
        match self {
            Returns::Void => None,
            Returns::Value(ty) => Some(ty),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Returns {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.trim() == "void" {
            return Ok(Returns::Void);
        }
        ValueType::parse(&text).map(Returns::Value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_shape_parses_and_prints_back_the_same() {
        for text in [
            "int",
            "long",
            "double",
            "bool",
            "char",
            "string",
            "ListNode",
            "TreeNode",
            "int[]",
            "char[][]",
            "list<string>",
            "list<list<int>>",
            "ListNode[]",
            "list<TreeNode>",
        ] {
            assert_eq!(ValueType::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            ValueType::parse(" list< list<long> > ").unwrap(),
            ValueType::List(Box::new(ValueType::List(Box::new(ValueType::Long))))
        );
    }

    #[test]
    fn unknown_void_mixed_and_too_deep_types_are_refused_with_a_reason() {
        assert!(ValueType::parse("integer").unwrap_err().contains("unknown type `integer`"));
        assert!(ValueType::parse("void").unwrap_err().contains("only allowed as a return type"));
        assert!(ValueType::parse("void[]").unwrap_err().contains("return type"));
        assert!(ValueType::parse("list<int[]>").unwrap_err().contains("mixes"));
        assert!(ValueType::parse("list<int>[]").unwrap_err().contains("mixes"));
        assert!(ValueType::parse("int[][][]").unwrap_err().contains("deeper"));
        assert!(ValueType::parse("list<int").is_err());
        assert!(ValueType::parse("").is_err());
    }

    #[test]
    fn identifiers_and_nesting_helpers_follow_the_shape() {
        let grid = ValueType::parse("char[][]").unwrap();
        assert_eq!(grid.ident(), "char_arr_arr");
        assert_eq!(grid.depth(), 2);
        assert_eq!(grid.leaf(), &ValueType::Char);
        let names: Vec<String> = grid.with_elements().iter().map(|t| t.to_string()).collect();
        assert_eq!(names, ["char", "char[]", "char[][]"]);
        assert_eq!(ValueType::parse("list<TreeNode>").unwrap().ident(), "treenode_list");
        assert!(!ValueType::String.is_mutable());
        assert!(ValueType::ListNode.is_mutable());
    }
}
