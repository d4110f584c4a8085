//! JavaScript and TypeScript, as LeetCode writes them: a free function (`var twoSum =
//! function(nums, target)` with JSDoc types; `function twoSum(nums: number[], target: number):
//! number[]`), a design class as a constructor function with prototype methods (JavaScript) or a
//! `class` (TypeScript). Every number is a `number`, so a `long` beyond ±2^53 loses precision.
//!
//! Program layout: the runtime (which reads the tests and closes fd 0 before any user
//! statement runs), the node classes, the user's code, then the glue. The runtime is plain
//! JavaScript, which esbuild also accepts as TypeScript; values are converted by a type
//! descriptor at run time: a type name such as `'int'`, or `[element]` for an array or list.

use super::function_call::{call_and_write, CallSyntax};
use super::nodes::{used, NodeClass, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{block_comment, node_title, user_code_banner};
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/javascript/core.js");
const LIST_NODE: &str = include_str!("runtime/javascript/list_node.js");
const TREE_NODE: &str = include_str!("runtime/javascript/tree_node.js");

const JS_LIST_NODE: &str =
    "function ListNode(val, next) {\n    this.val = (val===undefined ? 0 : val)\n    \
    this.next = (next===undefined ? null : next)\n}\n";
const JS_TREE_NODE: &str = "function TreeNode(val, left, right) {\n    this.val = (val===undefined ? 0 : val)\n    \
    this.left = (left===undefined ? null : left)\n    this.right = (right===undefined ? null : right)\n}\n";
const TS_LIST_NODE: &str = "class ListNode {\n    val: number\n    next: ListNode | null\n    \
    constructor(val?: number, next?: ListNode | null) {\n        this.val = (val===undefined ? 0 : val)\n        \
    this.next = (next===undefined ? null : next)\n    }\n}\n";
const TS_TREE_NODE: &str = "class TreeNode {\n    val: number\n    left: TreeNode | null\n    right: TreeNode | null\n    \
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n        \
    this.val = (val===undefined ? 0 : val)\n        this.left = (left===undefined ? null : left)\n        \
    this.right = (right===undefined ? null : right)\n    }\n}\n";

const JS_NODES: NodeDefinitions =
    NodeDefinitions { list_node: (JS_LIST_NODE, LIST_NODE), tree_node: (JS_TREE_NODE, TREE_NODE) };
const TS_NODES: NodeDefinitions =
    NodeDefinitions { list_node: (TS_LIST_NODE, LIST_NODE), tree_node: (TS_TREE_NODE, TREE_NODE) };

/// The node classes the signature uses, in the language's spelling.
fn node_classes(sig: &Signature, typescript: bool) -> Vec<NodeClass> {
    used(sig, if typescript { &TS_NODES } else { &JS_NODES })
}

pub fn starter_code(sig: &Signature, typescript: bool) -> String {
    let mut code = String::new();
    for node in node_classes(sig, typescript) {
        code.push_str(&block_comment(node_title(node.name), node.definition));
        code.push('\n');
    }
    code.push_str(&match (sig, typescript) {
        (Signature::Function(f), false) => format!(
            "{}var {} = function({}) {{\n    \n}};",
            jsdoc(&f.params, Some(&f.returns)),
            f.name,
            names(&f.params)
        ),
        (Signature::Function(f), true) => format!(
            "function {}({}): {} {{\n    \n}};",
            f.name,
            ts_params(&f.params),
            ts_returns(&f.returns)
        ),
        (Signature::Design(d), false) => js_design_starter(d),
        (Signature::Design(d), true) => ts_design_starter(d),
    });
    code
}

fn js_design_starter(d: &Design) -> String {
    let constructor_doc =
        if d.constructor.is_empty() { String::new() } else { jsdoc(&d.constructor, None) };
    let mut code = format!(
        "{constructor_doc}var {} = function({}) {{\n    \n}};",
        d.class,
        names(&d.constructor)
    );
    for m in &d.methods {
        code.push_str(&format!(
            "\n\n{}{}.prototype.{} = function({}) {{\n    \n}};",
            jsdoc(&m.params, Some(&m.returns)),
            d.class,
            m.name,
            names(&m.params)
        ));
    }
    code
}

fn ts_design_starter(d: &Design) -> String {
    let mut code = format!(
        "class {} {{\n    constructor({}) {{\n        \n    }}",
        d.class,
        ts_params(&d.constructor)
    );
    for m in &d.methods {
        code.push_str(&format!(
            "\n\n    {}({}): {} {{\n        \n    }}",
            m.name,
            ts_params(&m.params),
            ts_returns(&m.returns)
        ));
    }
    code.push_str("\n}");
    code
}

fn jsdoc(params: &[Param], returns: Option<&Returns>) -> String {
    let mut doc = String::from("/**\n");
    for p in params {
        doc.push_str(&format!(" * @param {{{}}} {}\n", jsdoc_type(&p.ty), p.name));
    }
    if let Some(returns) = returns {
        let ty = returns.value().map_or("void".to_string(), jsdoc_type);
        doc.push_str(&format!(" * @return {{{ty}}}\n"));
    }
    doc.push_str(" */\n");
    doc
}

fn jsdoc_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int | ValueType::Long | ValueType::Double => "number".into(),
        ValueType::Bool => "boolean".into(),
        ValueType::Char => "character".into(),
        ValueType::String => "string".into(),
        ValueType::ListNode => "ListNode".into(),
        ValueType::TreeNode => "TreeNode".into(),
        ValueType::Array(element) | ValueType::List(element) => {
            format!("{}[]", jsdoc_type(element))
        }
    }
}

fn ts_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int | ValueType::Long | ValueType::Double => "number".into(),
        ValueType::Bool => "boolean".into(),
        ValueType::Char | ValueType::String => "string".into(),
        ValueType::ListNode => "ListNode | null".into(),
        ValueType::TreeNode => "TreeNode | null".into(),
        ValueType::Array(element) | ValueType::List(element) => match element.as_ref() {
            ValueType::ListNode | ValueType::TreeNode => format!("Array<{}>", ts_type(element)),
            _ => format!("{}[]", ts_type(element)),
        },
    }
}

fn ts_returns(returns: &Returns) -> String {
    returns.value().map_or("void".to_string(), ts_type)
}

fn ts_params(params: &[Param]) -> String {
    params.iter().map(|p| format!("{}: {}", p.name, ts_type(&p.ty))).collect::<Vec<_>>().join(", ")
}

fn names(params: &[Param]) -> String {
    params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
}

pub fn program(sig: &Signature, user_code: &str, typescript: bool) -> String {
    let mut code = String::from(CORE);
    for node in node_classes(sig, typescript) {
        code.push_str(node.definition);
        code.push_str(node.runtime);
    }
    code.push_str(&user_code_banner("//", 1));
    code.push_str(user_code);
    code.push_str("\n// ---- driver ----\n");
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code
}

/// The runtime's type descriptor: `'int'`, `['int']`, `[['char']]`.
fn descriptor(ty: &ValueType) -> String {
    match ty.element() {
        Some(element) => format!("[{}]", descriptor(element)),
        None => format!("'{ty}'"),
    }
}

fn read_args(params: &[Param]) -> Vec<String> {
    params
        .iter()
        .enumerate()
        .map(|(i, p)| format!("__aa_read({}, a[{i}])", descriptor(&p.ty)))
        .collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let mut code = format!("__aa_run_function((a) => {{\n    __aa_arity(a, {});\n", args.len());
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| format!("    const p{i} = {arg};\n"),
            call: |args: &[String]| format!("{}({})", f.name, args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("    return __aa_write({}, {value});\n", descriptor(ty))
            },
            indent: "    ",
            end: ";",
        },
    ));
    code.push_str("});\n");
    code
}

fn design_glue(d: &Design) -> String {
    let mut code = format!(
        "__aa_run_design('{}', (a) => {{\n    __aa_arity(a, {});\n    return new {}({});\n}}, (obj, name, a) => {{\n    switch (name) {{\n",
        d.class,
        d.constructor.len(),
        d.class,
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", m.name, read_args(&m.params).join(", "));
        code.push_str(&format!(
            "        case '{}':\n            __aa_arity(a, {});\n",
            m.name,
            m.params.len()
        ));
        match m.returns.value() {
            Some(ty) => code
                .push_str(&format!("            return __aa_write({}, {call});\n", descriptor(ty))),
            None => code.push_str(&format!("            {call};\n            return 'null';\n")),
        }
    }
    code.push_str("    }\n    throw new Error('unknown method ' + name);\n});\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_sum() -> Signature {
        Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"int\" } ]\nreturns = \"int[]\"\n",
        )
        .unwrap()
    }

    #[test]
    fn javascript_starter_is_a_var_function_with_jsdoc() {
        assert_eq!(
            starter_code(&two_sum(), false),
            "/**\n * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\n\
             var twoSum = function(nums, target) {\n    \n};"
        );
    }

    #[test]
    fn typescript_starter_is_a_typed_function_and_shows_node_classes() {
        assert_eq!(
            starter_code(&two_sum(), true),
            "function twoSum(nums: number[], target: number): number[] {\n    \n};"
        );
        let sig = Signature::from_toml(
            "[function]\nname = \"mergeKLists\"\nparams = [ { name = \"lists\", type = \"ListNode[]\" } ]\nreturns = \"ListNode\"\n",
        )
        .unwrap();
        let starter = starter_code(&sig, true);
        assert!(starter.starts_with("/**\n * Definition for singly-linked list.\n * class ListNode {\n *     val: number\n"), "{starter}");
        assert!(
            starter.ends_with(
                "function mergeKLists(lists: Array<ListNode | null>): ListNode | null {\n    \n};"
            ),
            "{starter}"
        );
    }
}
