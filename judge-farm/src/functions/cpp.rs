//! C++17, as LeetCode writes it: `class Solution { public: ... };` with a camelCase method,
//! `vector<int>&` for arrays and lists (passed by reference, so in-place answers work),
//! `long long` for `long`, `ListNode*` / `TreeNode*`, no `std::` (LeetCode's `using namespace
//! std;` is in effect, and `bits/stdc++.h` comes from the compile command).
//!
//! Program layout: `using namespace std;`, the node structs, the runtime and every type helper
//! in namespace `aa` (before the user's code, so the user's macros cannot reach them; a global
//! initializer reads the tests before any user global is initialized), the user's code, then
//! `main`.

use super::class_starter::{class_starter, ClassSyntax};
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::user_code_banner;
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/cpp/core.cpp");
const LIST_NODE: &str = include_str!("runtime/cpp/list_node.cpp");
const TREE_NODE: &str = include_str!("runtime/cpp/tree_node.cpp");

const HEADER: &str =
    "#include <bits/stdc++.h>\n#include <fcntl.h>\n#include <unistd.h>\nusing namespace std;\n\n";

const LIST_NODE_STRUCT: &str = "struct ListNode {\n    int val;\n    ListNode *next;\n    \
    ListNode() : val(0), next(nullptr) {}\n    ListNode(int x) : val(x), next(nullptr) {}\n    \
    ListNode(int x, ListNode *next) : val(x), next(next) {}\n};\n";
const TREE_NODE_STRUCT: &str = "struct TreeNode {\n    int val;\n    TreeNode *left;\n    TreeNode *right;\n    \
    TreeNode() : val(0), left(nullptr), right(nullptr) {}\n    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n    \
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n};\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_STRUCT, LIST_NODE),
    tree_node: (TREE_NODE_STRUCT, TREE_NODE),
};

const CLASS: ClassSyntax = ClassSyntax {
    class: "class ",
    solution_opening: "public:\n",
    design_opening: "public:\n",
    close: "};",
};

pub fn starter_code(sig: &Signature) -> String {
    let constructor = |class: &str, params_: &[Param]| {
        format!("    {class}({}) {{\n        \n    }}", params(params_))
    };
    block_comments(&used(sig, &NODES)) + &class_starter(sig, &CLASS, constructor, method)
}

fn method(name: &str, params_: &[Param], returns: &Returns) -> String {
    let returns = returns.value().map_or("void".to_string(), |ty| cpp_type(ty, ""));
    format!("    {returns} {name}({}) {{\n        \n    }}", params(params_))
}

/// Parameters as LeetCode declares them: containers by reference, the rest by value.
fn params(params: &[Param]) -> String {
    params
        .iter()
        .map(|p| {
            let by_reference = if p.ty.element().is_some() { "&" } else { "" };
            format!("{}{by_reference} {}", cpp_type(&p.ty, ""), p.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The C++ type; `std` is `"std::"` inside the runtime and empty in user-facing code.
fn cpp_type(ty: &ValueType, std: &str) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "long long".into(),
        ValueType::Double => "double".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char => "char".into(),
        ValueType::String => format!("{std}string"),
        ValueType::ListNode => "ListNode*".into(),
        ValueType::TreeNode => "TreeNode*".into(),
        ValueType::Array(element) | ValueType::List(element) => {
            format!("{std}vector<{}>", cpp_type(element, std))
        }
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let mut code = String::from(HEADER);
    let nodes = used(sig, &NODES);
    for node in &nodes {
        code.push_str(node.definition);
    }
    code.push_str(CORE);
    for node in &nodes {
        code.push_str(node.runtime);
    }
    let containers: Vec<ValueType> =
        sig.value_types().into_iter().filter(|ty| ty.element().is_some()).collect();
    if !containers.is_empty() {
        code.push_str("\nnamespace aa {\n");
        for ty in &containers {
            code.push_str(&container_helpers(ty));
        }
        code.push_str("}  // namespace aa\n");
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

/// `r_<t>` and `w_<t>` for an array or list type, built on its element's.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (cpp_type(ty, "std::"), ty.ident(), element.ident());
    format!(
        "inline {t} r_{id}(const J& v) {{\n    {t} r;\n    for (const J& x : array(v)) r.push_back(r_{e}(x));\n    return r;\n}}\n\n\
         inline void w_{id}(std::string& b, const {t}& v) {{\n    b += '[';\n    for (size_t i = 0; i < v.size(); i++) {{\n        \
         if (i) b += ',';\n        w_{e}(b, v[i]);\n    }}\n    b += ']';\n}}\n\n"
    )
}

/// Locals `p0`, `p1`, ... holding the arguments: C++ binds `vector<int>&` to lvalues only.
fn read_args(params: &[Param], indent: &str) -> (String, String) {
    let mut code = format!("{indent}aa::arity(a, {});\n", params.len());
    for (i, p) in params.iter().enumerate() {
        code.push_str(&format!("{indent}auto p{i} = aa::r_{}(a[{i}]);\n", p.ty.ident()));
    }
    let names: Vec<String> = (0..params.len()).map(|i| format!("p{i}")).collect();
    (code, names.join(", "))
}

fn function_glue(f: &Function) -> String {
    let (read, names) = read_args(&f.params, "        ");
    let mut code = format!("int main() {{\n    aa::run_function([](const std::vector<aa::J>& a) {{\n{read}        std::string b;\n        Solution solution;\n");
    match f.answer_index() {
        Some(answer) => {
            code.push_str(&format!("        solution.{}({names});\n", f.name));
            code.push_str(&format!(
                "        aa::w_{}(b, p{answer});\n",
                f.params[answer].ty.ident()
            ));
        }
        None => {
            let ty =
                f.returns.value().expect("a validated function returns a value or names an answer");
            code.push_str(&format!(
                "        aa::w_{}(b, solution.{}({names}));\n",
                ty.ident(),
                f.name
            ));
        }
    }
    code.push_str("        return b;\n    });\n}\n");
    code
}

fn design_glue(d: &Design) -> String {
    let class = &d.class;
    let (read, names) = read_args(&d.constructor, "        ");
    let mut code = format!(
        "int main() {{\n    aa::run_design<{class}>(\"{class}\", [](const std::vector<aa::J>& a) {{\n{read}        \
         return new {class}({names});\n    }}, []({class}& obj, const std::string& name, const std::vector<aa::J>& a) -> std::string {{\n        \
         std::string b;\n"
    );
    for m in &d.methods {
        let (read, names) = read_args(&m.params, "            ");
        code.push_str(&format!("        if (name == \"{}\") {{\n{read}", m.name));
        match m.returns.value() {
            Some(ty) => code.push_str(&format!(
                "            aa::w_{}(b, obj.{}({names}));\n            return b;\n        }}\n",
                ty.ident(),
                m.name
            )),
            None => code.push_str(&format!(
                "            obj.{}({names});\n            return \"null\";\n        }}\n",
                m.name
            )),
        }
    }
    code.push_str("        aa::fail(\"unknown method \" + name);\n    });\n}\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_cpp() {
        let sig = Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"long\" } ]\nreturns = \"list<list<string>>\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "class Solution {\npublic:\n    vector<vector<string>> twoSum(vector<int>& nums, long long target) {\n        \n    }\n};"
        );
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nconstructor = [ { name = \"head\", type = \"ListNode\" } ]\n\
             methods = [ { name = \"push\", params = [ { name = \"val\", type = \"int\" } ], returns = \"void\" } ]\n",
        )
        .unwrap();
        assert!(starter_code(&sig).ends_with(
            "class MinStack {\npublic:\n    MinStack(ListNode* head) {\n        \n    }\n\n    void push(int val) {\n        \n    }\n};"
        ));
    }
}
