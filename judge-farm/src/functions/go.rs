//! Go, as LeetCode writes it: a free function (`func twoSum(nums []int, target int) []int`),
//! and for a design class a struct, `func Constructor(...) MinStack` and PascalCase methods on
//! `*MinStack`. `int` is Go's `int`, `long` is `int64`, `char` is `byte` (LeetCode's choice),
//! arrays and lists are slices, nodes are `*ListNode` / `*TreeNode`.
//!
//! The user's code has no `package` clause (one is dropped if present) and may start with its
//! own imports. Program layout: `package main`, the runtime's imports under `aa` names, the
//! user's imports, the variable that reads the tests (first in declaration order, so it runs
//! before any user package variable or `init`), the node types, the rest of the user's code,
//! the runtime and the glue.

use super::function_call::{call_and_write, CallSyntax};
use super::names::pascal_case;
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{split_imports, user_code_banner};
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/go/core.go");
const LIST_NODE: &str = include_str!("runtime/go/list_node.go");
const TREE_NODE: &str = include_str!("runtime/go/tree_node.go");

const LIST_NODE_TYPE: &str = "type ListNode struct {\n    Val int\n    Next *ListNode\n}\n";
const TREE_NODE_TYPE: &str =
    "type TreeNode struct {\n    Val int\n    Left *TreeNode\n    Right *TreeNode\n}\n";

const HEADER: &str = "package main\n\nimport (\n\taafmt \"fmt\"\n\taaio \"io\"\n\taajson \"encoding/json\"\n\t\
    aamath \"math\"\n\taaos \"os\"\n\taastrconv \"strconv\"\n\taastrings \"strings\"\n\taasyscall \"syscall\"\n)\n\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_TYPE, LIST_NODE),
    tree_node: (TREE_NODE_TYPE, TREE_NODE),
};

pub fn starter_code(sig: &Signature) -> String {
    let mut code = block_comments(&used(sig, &NODES));
    match sig {
        Signature::Function(f) => code.push_str(&func(&f.name, &f.params, &f.returns)),
        Signature::Design(d) => {
            code.push_str(&format!("type {} struct {{\n    \n}}\n\n", d.class));
            code.push_str(&format!(
                "func Constructor({}) {} {{\n    \n}}",
                params(&d.constructor),
                d.class
            ));
            for m in &d.methods {
                let receiver = format!("(this *{}) {}", d.class, pascal_case(&m.name));
                code.push_str("\n\n");
                code.push_str(&func(&receiver, &m.params, &m.returns));
            }
        }
    }
    code
}

fn func(name: &str, params_: &[Param], returns: &Returns) -> String {
    let returns = returns.value().map(|ty| format!(" {}", go_type(ty))).unwrap_or_default();
    format!("func {name}({}){returns} {{\n    \n}}", params(params_))
}

fn params(params: &[Param]) -> String {
    params.iter().map(|p| format!("{} {}", p.name, go_type(&p.ty))).collect::<Vec<_>>().join(", ")
}

fn go_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "int64".into(),
        ValueType::Double => "float64".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char => "byte".into(),
        ValueType::String => "string".into(),
        ValueType::ListNode => "*ListNode".into(),
        ValueType::TreeNode => "*TreeNode".into(),
        ValueType::Array(element) | ValueType::List(element) => format!("[]{}", go_type(element)),
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let user = split_imports(user_code);
    let mut code = String::from(HEADER);
    code.push_str(&user.imports);
    code.push_str("\ntype aaTests struct {\n\tmarker string\n\ttests  []string\n}\n\n");
    code.push_str("var aaInput = aaReadInput()\n\n");
    let nodes = used(sig, &NODES);
    for node in &nodes {
        code.push_str(node.definition);
    }
    code.push_str(&user_code_banner("//", user.rest_line));
    code.push_str(&user.rest);
    code.push_str("\n// ---- driver ----\n");
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
    code
}

/// `aaR_<t>` and `aaW_<t>` for an array or list type, built on its element's.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (go_type(ty), ty.ident(), element.ident());
    format!(
        "\nfunc aaR_{id}(v interface{{}}) {t} {{\n\ta := aaArray(v)\n\tr := make({t}, len(a))\n\t\
         for i, x := range a {{\n\t\tr[i] = aaR_{e}(x)\n\t}}\n\treturn r\n}}\n\n\
         func aaW_{id}(b []byte, v {t}) []byte {{\n\tb = append(b, '[')\n\tfor i, x := range v {{\n\t\t\
         if i > 0 {{\n\t\t\tb = append(b, ',')\n\t\t}}\n\t\tb = aaW_{e}(b, x)\n\t}}\n\treturn append(b, ']')\n}}\n"
    )
}

fn read_args(params: &[Param]) -> Vec<String> {
    params.iter().enumerate().map(|(i, p)| format!("aaR_{}(a[{i}])", p.ty.ident())).collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let mut code = format!(
        "\nfunc main() {{\n\taaRunFunction(func(a []interface{{}}) []byte {{\n\t\taaArity(a, {})\n",
        args.len()
    );
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| format!("\t\tp{i} := {arg}\n"),
            call: |args: &[String]| format!("{}({})", f.name, args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("\t\treturn aaW_{}(nil, {value})\n", ty.ident())
            },
            indent: "\t\t",
            end: "",
        },
    ));
    code.push_str("\t})\n}\n");
    code
}

fn design_glue(d: &Design) -> String {
    let class = &d.class;
    let mut code = format!(
        "\nfunc main() {{\n\taaRunDesign(\"{class}\", func(a []interface{{}}) *{class} {{\n\t\taaArity(a, {})\n\t\t\
         obj := Constructor({})\n\t\treturn &obj\n\t}}, func(obj *{class}, name string, a []interface{{}}) []byte {{\n\t\t\
         switch name {{\n",
        d.constructor.len(),
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", pascal_case(&m.name), read_args(&m.params).join(", "));
        code.push_str(&format!("\t\tcase \"{}\":\n\t\t\taaArity(a, {})\n", m.name, m.params.len()));
        match m.returns.value() {
            Some(ty) => code.push_str(&format!("\t\t\treturn aaW_{}(nil, {call})\n", ty.ident())),
            None => code.push_str(&format!("\t\t\t{call}\n\t\t\treturn []byte(\"null\")\n")),
        }
    }
    code.push_str("\t\t}\n\t\tpanic(\"unknown method \" + name)\n\t})\n}\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_go() {
        let sig = Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"long\" } ]\nreturns = \"list<list<char>>\"\n",
        )
        .unwrap();
        assert_eq!(starter_code(&sig), "func twoSum(nums []int, target int64) [][]byte {\n    \n}");
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nmethods = [ { name = \"push\", params = [ { name = \"val\", \
             type = \"TreeNode\" } ], returns = \"void\" } ]\n",
        )
        .unwrap();
        let starter = starter_code(&sig);
        assert!(
            starter.starts_with(
                "/**\n * Definition for a binary tree node.\n * type TreeNode struct {\n"
            ),
            "{starter}"
        );
        assert!(starter.ends_with(
            "type MinStack struct {\n    \n}\n\nfunc Constructor() MinStack {\n    \n}\n\n\
             func (this *MinStack) Push(val *TreeNode) {\n    \n}"
        ));
    }

    #[test]
    fn the_tests_are_read_before_the_users_declarations() {
        let sig = Signature::from_toml("[function]\nname = \"f\"\nreturns = \"int\"\n").unwrap();
        let code =
            program(&sig, "package main\nimport \"sort\"\nvar x = 1\nfunc f() int { return x }\n");
        let read = code.find("var aaInput").unwrap();
        assert!(code.find("import \"sort\"").unwrap() < read);
        assert!(read < code.find("var x = 1").unwrap());
        assert_eq!(code.matches("package main").count(), 1);
    }
}
