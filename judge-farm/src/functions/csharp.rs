//! C#, as LeetCode writes it: `public class Solution` with a PascalCase method (`TwoSum`),
//! arrays (`int[]`, jagged `char[][]`), `IList<int>` and `IList<IList<int>>` for lists,
//! `ListNode` / `TreeNode` classes; design methods are PascalCase too.
//!
//! Program layout (one `main.cs`): LeetCode's `using`s, the user's code (its own `using`s come
//! right after ours), the node classes, the runtime (`AlgoArena`, `AlgoArenaDecimal`) and
//! `AlgoArenaMain`, derived from `AlgoArena`, holding `Main` and the glue. `Main` reads the
//! tests, then calls a separate, never-inlined method that mentions the user's classes, so no
//! user static initializer can run before the tests are read.

use super::class_starter::{class_starter, ClassSyntax};
use super::function_call::{call_and_write, CallSyntax};
use super::names::pascal_case;
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::user_code_banner;
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/csharp/AlgoArena.cs");
const DECIMAL: &str = include_str!("runtime/csharp/AlgoArenaDecimal.cs");
const LIST_NODE: &str = include_str!("runtime/csharp/ListNode.cs");
const TREE_NODE: &str = include_str!("runtime/csharp/TreeNode.cs");

const USINGS: &str =
    "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\n";

const LIST_NODE_CLASS: &str = "public class ListNode {\n    public int val;\n    public ListNode next;\n    \
    public ListNode(int val=0, ListNode next=null) {\n        this.val = val;\n        this.next = next;\n    }\n}\n";
const TREE_NODE_CLASS: &str = "public class TreeNode {\n    public int val;\n    public TreeNode left;\n    \
    public TreeNode right;\n    public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {\n        \
    this.val = val;\n        this.left = left;\n        this.right = right;\n    }\n}\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_CLASS, LIST_NODE),
    tree_node: (TREE_NODE_CLASS, TREE_NODE),
};

const CLASS: ClassSyntax =
    ClassSyntax { class: "public class ", solution_opening: "", design_opening: "\n", close: "}" };

pub fn starter_code(sig: &Signature) -> String {
    let constructor = |class: &str, params_: &[Param]| {
        format!("    public {class}({}) {{\n        \n    }}", params(params_))
    };
    block_comments(&used(sig, &NODES)) + &class_starter(sig, &CLASS, constructor, method)
}

fn method(name: &str, params_: &[Param], returns: &Returns) -> String {
    let returns = returns.value().map_or("void".to_string(), csharp_type);
    format!("    public {returns} {}({}) {{\n        \n    }}", pascal_case(name), params(params_))
}

fn params(params: &[Param]) -> String {
    params
        .iter()
        .map(|p| format!("{} {}", csharp_type(&p.ty), p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn csharp_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "long".into(),
        ValueType::Double => "double".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char => "char".into(),
        ValueType::String => "string".into(),
        ValueType::ListNode => "ListNode".into(),
        ValueType::TreeNode => "TreeNode".into(),
        ValueType::Array(element) => format!("{}[]", csharp_type(element)),
        ValueType::List(element) => format!("IList<{}>", csharp_type(element)),
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let mut code = String::from(USINGS);
    code.push_str(&user_code_banner("//", 1));
    code.push_str(user_code);
    code.push_str("\n// ---- driver ----\n");
    let nodes = used(sig, &NODES);
    for node in &nodes {
        code.push_str(node.definition);
    }
    code.push_str(CORE);
    code.push_str(DECIMAL);
    code.push_str("\npublic class AlgoArenaMain : AlgoArena {\n");
    for node in &nodes {
        code.push_str(node.runtime);
    }
    for ty in sig.value_types().iter().filter(|ty| ty.element().is_some()) {
        code.push_str(&container_helpers(ty));
    }
    code.push_str(
        "\n    public static void Main() {\n        ReadInput();\n        Run();\n    }\n\n    \
         [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]\n    \
         static void Run() {\n",
    );
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code.push_str("    }\n}\n");
    code
}

/// `r_<t>` and `w_<t>` for an array or list type, built on its element's.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (csharp_type(ty), ty.ident(), element.ident());
    let read = match ty {
        ValueType::Array(_) => {
            // `new int[n][]` for an int[][]: the size goes into the first pair of brackets.
            let element_type = csharp_type(element);
            let allocation = match element_type.find('[') {
                Some(at) => format!("{}[a.Count]{}", &element_type[..at], &element_type[at..]),
                None => format!("{element_type}[a.Count]"),
            };
            format!("        var r = new {allocation};\n        for (int i = 0; i < r.Length; i++) r[i] = r_{e}(a[i]);\n")
        }
        _ => format!(
            "        var r = new List<{}>();\n        foreach (object x in a) r.Add(r_{e}(x));\n",
            csharp_type(element)
        ),
    };
    format!(
        "\n    static {t} r_{id}(object v) {{\n        List<object> a = Elements(v);\n{read}        return r;\n    }}\n\n    \
         static void w_{id}(StringBuilder b, {t} v) {{\n        if (v == null) {{\n            b.Append(\"null\");\n            \
         return;\n        }}\n        b.Append('[');\n        bool first = true;\n        foreach (var x in v) {{\n            \
         if (!first) b.Append(',');\n            first = false;\n            w_{e}(b, x);\n        }}\n        b.Append(']');\n    }}\n"
    )
}

fn read_args(params: &[Param]) -> Vec<String> {
    params.iter().enumerate().map(|(i, p)| format!("r_{}(a[{i}])", p.ty.ident())).collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let method = pascal_case(&f.name);
    let mut code = format!(
        "        RunFunction(a => {{\n            Arity(a, {});\n            var b = new StringBuilder();\n",
        args.len()
    );
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| format!("            var p{i} = {arg};\n"),
            call: |args: &[String]| format!("new Solution().{method}({})", args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("            w_{}(b, {value});\n", ty.ident())
            },
            indent: "            ",
            end: ";",
        },
    ));
    code.push_str("            return b.ToString();\n        });\n");
    code
}

fn design_glue(d: &Design) -> String {
    let class = &d.class;
    let mut code = format!(
        "        RunDesign<{class}>(\"{class}\", a => {{\n            Arity(a, {});\n            return new {class}({});\n        }}, \
         (obj, name, a) => {{\n            var b = new StringBuilder();\n            switch (name) {{\n",
        d.constructor.len(),
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", pascal_case(&m.name), read_args(&m.params).join(", "));
        code.push_str(&format!(
            "                case \"{}\":\n                    Arity(a, {});\n",
            m.name,
            m.params.len()
        ));
        match m.returns.value() {
            Some(ty) => code.push_str(&format!(
                "                    w_{}(b, {call});\n                    return b.ToString();\n",
                ty.ident()
            )),
            None => code.push_str(&format!(
                "                    {call};\n                    return \"null\";\n"
            )),
        }
    }
    code.push_str("            }\n            throw new ArgumentException(\"unknown method \" + name);\n        });\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_csharp() {
        let sig = Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"groups\", type = \"list<list<string>>\" } ]\nreturns = \"char[][]\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "public class Solution {\n    public char[][] TwoSum(int[] nums, IList<IList<string>> groups) {\n        \n    }\n}"
        );
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nmethods = [ { name = \"getMin\", returns = \"ListNode\" } ]\n",
        )
        .unwrap();
        assert!(starter_code(&sig).ends_with(
            "public class MinStack {\n\n    public MinStack() {\n        \n    }\n\n    public ListNode GetMin() {\n        \n    }\n}"
        ));
    }
}
