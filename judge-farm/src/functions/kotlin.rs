//! Kotlin, as LeetCode writes it: `class Solution` with a camelCase `fun`, primitive arrays
//! (`IntArray`, `Array<CharArray>`), read-only `List<Int>` for lists (`MutableList` for an
//! in-place answer), nullable `ListNode?` / `TreeNode?`, keywords in backticks
//! (`` `val` ``); a design class takes its constructor parameters in its header.
//!
//! Program layout (one `main.kt`, class `MainKt`): the user's leading imports, the two
//! top-level properties that keep stdout and read the tests (first in the file, so they are
//! initialized before any user top-level property), the user's code, the node classes, the
//! runtime and the glue with `fun main()`. A `package` line is dropped.

use super::function_call::{call_and_write, CallSyntax};
use super::names::kotlin as name;
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{split_imports, user_code_banner};
use super::types::ValueType;

const CORE: &str = include_str!("runtime/kotlin/core.kt");
const LIST_NODE: &str = include_str!("runtime/kotlin/list_node.kt");
const TREE_NODE: &str = include_str!("runtime/kotlin/tree_node.kt");

const LIST_NODE_CLASS: &str =
    "class ListNode(var `val`: Int) {\n    var next: ListNode? = null\n}\n";
const TREE_NODE_CLASS: &str =
    "class TreeNode(var `val`: Int) {\n    var left: TreeNode? = null\n    var right: TreeNode? = null\n}\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_CLASS, LIST_NODE),
    tree_node: (TREE_NODE_CLASS, TREE_NODE),
};

pub fn starter_code(sig: &Signature) -> String {
    let mut code = block_comments(&used(sig, &NODES));
    match sig {
        Signature::Function(f) => {
            let answer = f.answer_index();
            let returns = f
                .returns
                .value()
                .map_or(": Unit".to_string(), |ty| format!(": {}", kotlin_type(ty, false)));
            code.push_str(&format!(
                "class Solution {{\n    fun {}({}){returns} {{\n        \n    }}\n}}",
                name(&f.name),
                params(&f.params, answer)
            ));
        }
        Signature::Design(d) => {
            code.push_str(&format!("class {}({}) {{\n", d.class, params(&d.constructor, None)));
            for m in &d.methods {
                let returns = m
                    .returns
                    .value()
                    .map(|ty| format!(": {}", kotlin_type(ty, false)))
                    .unwrap_or_default();
                code.push_str(&format!(
                    "\n    fun {}({}){returns} {{\n        \n    }}\n",
                    name(&m.name),
                    params(&m.params, None)
                ));
            }
            code.push_str("\n}");
        }
    }
    code
}

/// Parameters; the in-place `answer` one gets mutable list types.
fn params(params: &[Param], answer: Option<usize>) -> String {
    params
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}: {}", name(&p.name), kotlin_type(&p.ty, answer == Some(i))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Kotlin type; `mutable` picks `MutableList` over `List`.
fn kotlin_type(ty: &ValueType, mutable: bool) -> String {
    match ty {
        ValueType::Int => "Int".into(),
        ValueType::Long => "Long".into(),
        ValueType::Double => "Double".into(),
        ValueType::Bool => "Boolean".into(),
        ValueType::Char => "Char".into(),
        ValueType::String => "String".into(),
        ValueType::ListNode => "ListNode?".into(),
        ValueType::TreeNode => "TreeNode?".into(),
        ValueType::Array(element) => primitive_array(element)
            .map_or_else(|| format!("Array<{}>", kotlin_type(element, mutable)), str::to_string),
        ValueType::List(element) => {
            let list = if mutable { "MutableList" } else { "List" };
            format!("{list}<{}>", kotlin_type(element, mutable))
        }
    }
}

fn primitive_array(element: &ValueType) -> Option<&'static str> {
    match element {
        ValueType::Int => Some("IntArray"),
        ValueType::Long => Some("LongArray"),
        ValueType::Double => Some("DoubleArray"),
        ValueType::Bool => Some("BooleanArray"),
        ValueType::Char => Some("CharArray"),
        _ => None,
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let user = split_imports(user_code);
    let mut code = user.imports;
    code.push_str(
        "\n// Taken before user code runs: frames reach the real stdout even if System.out is replaced.\n\
         val aaOut: java.io.PrintStream = System.out\nval aaInput = aaReadInput()\n",
    );
    code.push_str(&user_code_banner("//", user.rest_line));
    code.push_str(&user.rest);
    code.push_str("\n// ---- driver ----\n");
    for node in used(sig, &NODES) {
        code.push_str(node.definition);
        code.push_str(node.runtime);
    }
    code.push_str(CORE);
    for ty in sig.value_types().iter().filter(|ty| ty.element().is_some()) {
        code.push_str(&container_helpers(ty));
    }
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code
}

/// `aaR_<t>` and `aaW_<t>` for an array or list type, built on its element's. Readers build
/// mutable lists (usable wherever a `List` is expected); writers take the widest type.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (id, e) = (ty.ident(), element.ident());
    let (read_type, read, write_type) = match ty {
        ValueType::Array(_) => {
            let constructor = primitive_array(element).unwrap_or("Array");
            let write_type = match primitive_array(element) {
                Some(array) => format!("{array}?"),
                None => format!("Array<out {}>?", kotlin_type(element, false)),
            };
            (
                kotlin_type(ty, false),
                format!("{constructor}(a.size) {{ aaR_{e}(a[it]) }}"),
                write_type,
            )
        }
        _ => (
            kotlin_type(ty, true),
            format!("a.mapTo(ArrayList<{}>()) {{ aaR_{e}(it) }}", kotlin_type(element, true)),
            format!("List<{}>?", kotlin_type(element, false)),
        ),
    };
    format!(
        "\nfun aaR_{id}(v: Any?): {read_type} {{\n    val a = aaArray(v)\n    return {read}\n}}\n\n\
         fun aaW_{id}(b: StringBuilder, v: {write_type}) {{\n    if (v == null) {{\n        b.append(\"null\")\n        return\n    }}\n    \
         b.append('[')\n    var first = true\n    for (x in v) {{\n        if (!first) b.append(',')\n        first = false\n        \
         aaW_{e}(b, x)\n    }}\n    b.append(']')\n}}\n"
    )
}

fn read_args(params: &[Param]) -> Vec<String> {
    params.iter().enumerate().map(|(i, p)| format!("aaR_{}(a[{i}])", p.ty.ident())).collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let mut code = format!(
        "\nfun main() {{\n    aaRunFunction {{ a ->\n        aaArity(a, {})\n        val b = StringBuilder()\n",
        args.len()
    );
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| format!("        val p{i} = {arg}\n"),
            call: |args: &[String]| format!("Solution().{}({})", name(&f.name), args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("        aaW_{}(b, {value})\n", ty.ident())
            },
            indent: "        ",
            end: "",
        },
    ));
    code.push_str("        b.toString()\n    }\n}\n");
    code
}

fn design_glue(d: &Design) -> String {
    let mut code = format!(
        "\nfun main() {{\n    aaRunDesign(\"{}\", {{ a ->\n        aaArity(a, {})\n        {}({})\n    }}) {{ obj, name, a ->\n        \
         val b = StringBuilder()\n        when (name) {{\n",
        d.class,
        d.constructor.len(),
        d.class,
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", name(&m.name), read_args(&m.params).join(", "));
        let body = match m.returns.value() {
            Some(ty) => format!("aaW_{}(b, {call})", ty.ident()),
            None => format!("{call}\n                b.append(\"null\")"),
        };
        code.push_str(&format!(
            "            \"{}\" -> {{\n                aaArity(a, {})\n                {body}\n            }}\n",
            m.name,
            m.params.len()
        ));
    }
    code.push_str("            else -> throw IllegalArgumentException(\"unknown method $name\")\n        }\n        b.toString()\n    }\n}\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_kotlin() {
        let sig = Signature::from_toml(
            "[function]\nname = \"merge\"\nparams = [ { name = \"grid\", type = \"list<list<int>>\" }, \
             { name = \"val\", type = \"char[][]\" } ]\nreturns = \"void\"\nanswer = \"grid\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "class Solution {\n    fun merge(grid: MutableList<MutableList<Int>>, `val`: Array<CharArray>): Unit {\n        \n    }\n}"
        );
        let sig = Signature::from_toml(
            "[design]\nclass = \"Cache\"\nconstructor = [ { name = \"capacity\", type = \"int\" } ]\n\
             methods = [ { name = \"get\", params = [ { name = \"key\", type = \"string[]\" } ], returns = \"TreeNode\" } ]\n",
        )
        .unwrap();
        assert!(starter_code(&sig).ends_with(
            "class Cache(capacity: Int) {\n\n    fun get(key: Array<String>): TreeNode? {\n        \n    }\n\n}"
        ));
    }
}
