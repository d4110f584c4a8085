//! Rust, as LeetCode writes it: `impl Solution { pub fn two_sum(nums: Vec<i32>, target: i32)
//! -> Vec<i32> }` with snake_case names and owned arguments, `&mut` for an in-place answer,
//! `Option<Box<ListNode>>` and `Option<Rc<RefCell<TreeNode>>>`; a design class is a struct
//! with `fn new(...) -> Self` and snake_case methods taking `&self` (the driver calls them on
//! a mutable value, so `&mut self` works as well).
//!
//! Program layout: `struct Solution;`, the node types, the user's code (LeetCode's starter
//! brings its own `use std::rc::Rc;` and `use std::cell::RefCell;`), then the module
//! `algoarena` (runtime and glue, glob-importing the user's items) and `fn main`.

use super::function_call::{call_and_write, CallSyntax};
use super::names::snake_case;
use super::nodes::{used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{line_comment, node_title, user_code_banner};
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/rust/core.rs");
const LIST_NODE: &str = include_str!("runtime/rust/list_node.rs");
const TREE_NODE: &str = include_str!("runtime/rust/tree_node.rs");

const LIST_NODE_STRUCT: &str = "#[derive(PartialEq, Eq, Clone, Debug)]\npub struct ListNode {\n  pub val: i32,\n  \
    pub next: Option<Box<ListNode>>\n}\n\nimpl ListNode {\n  #[inline]\n  fn new(val: i32) -> Self {\n    \
    ListNode {\n      next: None,\n      val\n    }\n  }\n}\n";
const TREE_NODE_STRUCT: &str = "#[derive(Debug, PartialEq, Eq)]\npub struct TreeNode {\n  pub val: i32,\n  \
    pub left: Option<Rc<RefCell<TreeNode>>>,\n  pub right: Option<Rc<RefCell<TreeNode>>>,\n}\n\nimpl TreeNode {\n  \
    #[inline]\n  pub fn new(val: i32) -> Self {\n    TreeNode {\n      val,\n      left: None,\n      right: None\n    }\n  }\n}\n";

/// What LeetCode's starter puts before `impl Solution` when trees are involved.
const TREE_USES: &str = "use std::rc::Rc;\nuse std::cell::RefCell;\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_STRUCT, LIST_NODE),
    tree_node: (TREE_NODE_STRUCT, TREE_NODE),
};

pub fn starter_code(sig: &Signature) -> String {
    let mut code = String::new();
    for node in used(sig, &NODES) {
        code.push_str(&line_comment("// ", node_title(node.name), node.definition));
    }
    if sig.uses(&ValueType::TreeNode) {
        code.push_str(TREE_USES);
    }
    match sig {
        Signature::Function(f) => {
            let answer = f.answer_index();
            code.push_str(&format!(
                "impl Solution {{\n    pub fn {}({}){} {{\n        \n    }}\n}}",
                snake_case(&f.name),
                params(&f.params, answer),
                returns(&f.returns)
            ));
        }
        Signature::Design(d) => {
            code.push_str(&format!(
                "struct {} {{\n    \n}}\n\n/**\n * `&self` means the method takes an immutable reference.\n \
                 * If you need a mutable reference, change it to `&mut self` instead.\n */\nimpl {} {{\n\n    \
                 fn new({}) -> Self {{\n        \n    }}",
                d.class,
                d.class,
                params(&d.constructor, None)
            ));
            for m in &d.methods {
                let params = params(&m.params, None);
                let separator = if params.is_empty() { "" } else { ", " };
                code.push_str(&format!(
                    "\n\n    fn {}(&self{separator}{params}){} {{\n        \n    }}",
                    snake_case(&m.name),
                    returns(&m.returns)
                ));
            }
            code.push_str("\n}");
        }
    }
    code
}

/// Parameters; the in-place `answer` one is borrowed mutably.
fn params(params: &[Param], answer: Option<usize>) -> String {
    params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let borrow = if answer == Some(i) { "&mut " } else { "" };
            format!("{}: {borrow}{}", snake_case(&p.name), rust_type(&p.ty, false))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn returns(returns: &Returns) -> String {
    returns.value().map(|ty| format!(" -> {}", rust_type(ty, false))).unwrap_or_default()
}

/// The Rust type; `qualified` spells out `std::rc::Rc` for code that cannot rely on the user's
/// `use` lines.
fn rust_type(ty: &ValueType, qualified: bool) -> String {
    match ty {
        ValueType::Int => "i32".into(),
        ValueType::Long => "i64".into(),
        ValueType::Double => "f64".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char => "char".into(),
        ValueType::String => "String".into(),
        ValueType::ListNode => "Option<Box<ListNode>>".into(),
        ValueType::TreeNode if qualified => {
            "Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>".into()
        }
        ValueType::TreeNode => "Option<Rc<RefCell<TreeNode>>>".into(),
        ValueType::Array(element) | ValueType::List(element) => {
            format!("Vec<{}>", rust_type(element, qualified))
        }
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let mut code = String::new();
    if let Signature::Function(_) = sig {
        code.push_str("#[allow(dead_code)]\npub struct Solution;\n\n");
    }
    let nodes = used(sig, &NODES);
    for node in &nodes {
        // The user's code may not import Rc and RefCell; the definition must not need them.
        let definition = node
            .definition
            .replace("Rc<RefCell<TreeNode>>", "std::rc::Rc<std::cell::RefCell<TreeNode>>");
        code.push_str("#[allow(dead_code)]\n");
        code.push_str(&definition.replacen("\nimpl ", "\n#[allow(dead_code)]\nimpl ", 1));
    }
    code.push_str(&user_code_banner("//", 1));
    code.push_str(user_code);
    code.push_str("\n// ---- driver ----\nmod algoarena {\n");
    code.push_str(CORE);
    for node in &nodes {
        code.push_str(node.runtime);
    }
    for ty in sig.value_types().iter().filter(|ty| ty.element().is_some()) {
        code.push_str(&container_helpers(ty));
    }
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code.push_str("}\n\nfn main() {\n    algoarena::main();\n}\n");
    code
}

/// `r_<t>` and `w_<t>` for an array or list type, built on its element's.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (rust_type(ty, true), ty.ident(), element.ident());
    format!(
        "\npub fn r_{id}(v: &J) -> {t} {{\n    array(v).iter().map(r_{e}).collect()\n}}\n\n\
         pub fn w_{id}(b: &mut String, v: &{t}) {{\n    b.push('[');\n    for (i, x) in v.iter().enumerate() {{\n        \
         if i > 0 {{\n            b.push(',');\n        }}\n        w_{e}(b, x);\n    }}\n    b.push(']');\n}}\n"
    )
}

fn read_args(params: &[Param]) -> Vec<String> {
    params.iter().enumerate().map(|(i, p)| format!("r_{}(&a[{i}])", p.ty.ident())).collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let name = snake_case(&f.name);
    let mut code = format!(
        "\npub fn main() {{\n    run_function(|a: &[J]| {{\n        arity(a, {});\n        let mut b = String::new();\n",
        args.len()
    );
    let answer = f.answer_index();
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| {
                let binding = if answer == Some(i) { "mut " } else { "" };
                format!("        let {binding}p{i} = {arg};\n")
            },
            // The in-place answer is the one argument lent mutably.
            call: |args: &[String]| {
                let args: Vec<String> = args
                    .iter()
                    .enumerate()
                    .map(|(i, arg)| match answer {
                        Some(a) if a == i => format!("&mut {arg}"),
                        _ => arg.clone(),
                    })
                    .collect();
                format!("Solution::{name}({})", args.join(", "))
            },
            write: |ty: &ValueType, value: &str| {
                format!("        w_{}(&mut b, &{value});\n", ty.ident())
            },
            indent: "        ",
            end: ";",
        },
    ));
    code.push_str("        b\n    });\n}\n");
    code
}

fn design_glue(d: &Design) -> String {
    let class = &d.class;
    let mut code = format!(
        "\npub fn main() {{\n    run_design(\"{class}\", |a: &[J]| {{\n        arity(a, {});\n        {class}::new({})\n    }}, \
         |obj: &mut {class}, name: &str, a: &[J]| {{\n        let mut b = String::new();\n        match name {{\n",
        d.constructor.len(),
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", snake_case(&m.name), read_args(&m.params).join(", "));
        let body = match m.returns.value() {
            Some(ty) => format!("w_{}(&mut b, &{call});", ty.ident()),
            None => format!("{call};\n                b.push_str(\"null\");"),
        };
        code.push_str(&format!(
            "            \"{}\" => {{\n                arity(a, {});\n                {body}\n            }}\n",
            m.name,
            m.params.len()
        ));
    }
    code.push_str(
        "            _ => panic!(\"unknown method {name}\"),\n        }\n        b\n    });\n}\n",
    );
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_rust() {
        let sig = Signature::from_toml(
            "[function]\nname = \"sortColors\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"numRows\", type = \"list<string>\" } ]\nreturns = \"void\"\nanswer = \"nums\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "impl Solution {\n    pub fn sort_colors(nums: &mut Vec<i32>, num_rows: Vec<String>) {\n        \n    }\n}"
        );
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nmethods = [ { name = \"getMin\", params = [ { name = \"root\", \
             type = \"TreeNode\" } ], returns = \"double\" } ]\n",
        )
        .unwrap();
        let starter = starter_code(&sig);
        assert!(
            starter.starts_with(
                "// Definition for a binary tree node.\n// #[derive(Debug, PartialEq, Eq)]\n"
            ),
            "{starter}"
        );
        assert!(
            starter.contains(
                "use std::rc::Rc;\nuse std::cell::RefCell;\nstruct MinStack {\n    \n}\n"
            ),
            "{starter}"
        );
        assert!(starter.ends_with(
            "impl MinStack {\n\n    fn new() -> Self {\n        \n    }\n\n    \
             fn get_min(&self, root: Option<Rc<RefCell<TreeNode>>>) -> f64 {\n        \n    }\n}"
        ));
    }
}
