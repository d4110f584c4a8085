//! Java, as LeetCode writes it: `class Solution` with a camelCase method, primitive arrays
//! (`int[]`, `char[][]`), `List<Integer>` for lists, `ListNode` / `TreeNode` classes.
//!
//! Program layout (one `Main.java`): LeetCode's imports (`java.util.*` and friends), the user's
//! code, the node classes, the runtime class `AlgoArena`, and `public class Main extends
//! AlgoArena` holding the glue. Only `Main` may be public in `Main.java`, so a top-level `public
//! class`/`interface`/`enum`/`record` in the user's code loses its `public`, and a `package`
//! line is dropped. The tests are read at the start of `main`, before any user class is
//! initialized.

use super::class_starter::{class_starter, ClassSyntax};
use super::function_call::{call_and_write, CallSyntax};
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{split_imports, user_code_banner};
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/java/AlgoArena.java");
const LIST_NODE: &str = include_str!("runtime/java/ListNode.java");
const TREE_NODE: &str = include_str!("runtime/java/TreeNode.java");

const IMPORTS: &str =
    "import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\n";

const LIST_NODE_CLASS: &str = "class ListNode {\n    int val;\n    ListNode next;\n    ListNode() {}\n    \
    ListNode(int val) { this.val = val; }\n    ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n}\n";
const TREE_NODE_CLASS: &str = "class TreeNode {\n    int val;\n    TreeNode left;\n    TreeNode right;\n    \
    TreeNode() {}\n    TreeNode(int val) { this.val = val; }\n    TreeNode(int val, TreeNode left, TreeNode right) {\n        \
    this.val = val;\n        this.left = left;\n        this.right = right;\n    }\n}\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_CLASS, LIST_NODE),
    tree_node: (TREE_NODE_CLASS, TREE_NODE),
};

const CLASS: ClassSyntax =
    ClassSyntax { class: "class ", solution_opening: "", design_opening: "\n", close: "}" };

pub fn starter_code(sig: &Signature) -> String {
    let constructor = |class: &str, params_: &[Param]| {
        format!("    public {class}({}) {{\n        \n    }}", params(params_))
    };
    block_comments(&used(sig, &NODES)) + &class_starter(sig, &CLASS, constructor, method)
}

fn method(name: &str, params_: &[Param], returns: &Returns) -> String {
    let returns = returns.value().map_or("void".to_string(), java_type);
    format!("    public {returns} {name}({}) {{\n        \n    }}", params(params_))
}

fn params(params: &[Param]) -> String {
    params.iter().map(|p| format!("{} {}", java_type(&p.ty), p.name)).collect::<Vec<_>>().join(", ")
}

fn java_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "long".into(),
        ValueType::Double => "double".into(),
        ValueType::Bool => "boolean".into(),
        ValueType::Char => "char".into(),
        ValueType::String => "String".into(),
        ValueType::ListNode => "ListNode".into(),
        ValueType::TreeNode => "TreeNode".into(),
        ValueType::Array(element) => format!("{}[]", java_type(element)),
        ValueType::List(element) => format!("List<{}>", boxed(element)),
    }
}

/// The type as a generic argument: `Integer` for `int`.
fn boxed(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "Integer".into(),
        ValueType::Long => "Long".into(),
        ValueType::Double => "Double".into(),
        ValueType::Bool => "Boolean".into(),
        ValueType::Char => "Character".into(),
        other => java_type(other),
    }
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let user = split_imports(user_code);
    let mut code = String::from(IMPORTS);
    code.push_str(&user.imports);
    code.push_str(&user_code_banner("//", user.rest_line));
    code.push_str(&without_public_classes(&user.rest));
    code.push_str("\n// ---- driver ----\n");
    let nodes = used(sig, &NODES);
    for node in &nodes {
        code.push_str(node.definition);
    }
    code.push_str(CORE);
    code.push_str("\npublic class Main extends AlgoArena {\n");
    for node in &nodes {
        code.push_str(node.runtime);
    }
    for ty in sig.value_types().iter().filter(|ty| ty.element().is_some()) {
        code.push_str(&container_helpers(ty));
    }
    code.push_str(
        "\n    public static void main(String[] args) throws Exception {\n        readInput();\n        run();\n    }\n\n    \
         static void run() throws Exception {\n",
    );
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code.push_str("    }\n}\n");
    code
}

/// Drops `public` from top-level type declarations: `Main.java` may only have `Main` public.
fn without_public_classes(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for line in code.lines() {
        let declaration = line.strip_prefix("public ").filter(|rest| {
            let rest = rest.trim_start_matches("final ").trim_start_matches("abstract ");
            ["class ", "interface ", "enum ", "record "].iter().any(|k| rest.starts_with(k))
        });
        out.push_str(declaration.unwrap_or(line));
        out.push('\n');
    }
    out
}

/// `r_<t>` and `w_<t>` for an array or list type, built on its element's.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (java_type(ty), ty.ident(), element.ident());
    let read = match ty {
        ValueType::Array(_) => {
            // `new int[n][]` for an int[][]: the size goes into the first pair of brackets.
            let element_type = java_type(element);
            let allocation = match element_type.find('[') {
                Some(at) => format!("{}[a.size()]{}", &element_type[..at], &element_type[at..]),
                None => format!("{element_type}[a.size()]"),
            };
            format!(
                "        {t} r = new {allocation};\n        for (int i = 0; i < r.length; i++) r[i] = r_{e}(a.get(i));\n"
            )
        }
        _ => format!(
            "        ArrayList<{}> r = new ArrayList<>();\n        for (Object x : a) r.add(r_{e}(x));\n",
            boxed(element)
        ),
    };
    let write_loop = match ty {
        ValueType::Array(_) => format!(
            "        for (int i = 0; i < v.length; i++) {{\n            if (i > 0) b.append(',');\n            w_{e}(b, v[i]);\n        }}\n"
        ),
        _ => format!(
            "        boolean first = true;\n        for ({} x : v) {{\n            if (!first) b.append(',');\n            \
             first = false;\n            w_{e}(b, x);\n        }}\n",
            boxed(element)
        ),
    };
    format!(
        "\n    static {t} r_{id}(Object v) {{\n        List<Object> a = array(v);\n{read}        return r;\n    }}\n\n    \
         static void w_{id}(StringBuilder b, {t} v) {{\n        if (v == null) {{\n            b.append(\"null\");\n            \
         return;\n        }}\n        b.append('[');\n{write_loop}        b.append(']');\n    }}\n"
    )
}

fn read_args(params: &[Param]) -> Vec<String> {
    params.iter().enumerate().map(|(i, p)| format!("r_{}(a.get({i}))", p.ty.ident())).collect()
}

fn function_glue(f: &Function) -> String {
    let args = read_args(&f.params);
    let mut code = format!(
        "        runFunction(a -> {{\n            arity(a, {});\n            StringBuilder b = new StringBuilder();\n",
        args.len()
    );
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| {
                format!("            {} p{i} = {arg};\n", java_type(&f.params[i].ty))
            },
            call: |args: &[String]| format!("new Solution().{}({})", f.name, args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("            w_{}(b, {value});\n", ty.ident())
            },
            indent: "            ",
            end: ";",
        },
    ));
    code.push_str("            return b.toString();\n        });\n");
    code
}

fn design_glue(d: &Design) -> String {
    let class = &d.class;
    let mut code = format!(
        "        runDesign(\"{class}\", new Design<{class}>() {{\n            \
         public {class} construct(List<Object> a) {{\n                arity(a, {});\n                \
         return new {class}({});\n            }}\n\n            \
         public String call({class} obj, String name, List<Object> a) {{\n                \
         StringBuilder b = new StringBuilder();\n                switch (name) {{\n",
        d.constructor.len(),
        read_args(&d.constructor).join(", ")
    );
    for m in &d.methods {
        let call = format!("obj.{}({})", m.name, read_args(&m.params).join(", "));
        code.push_str(&format!(
            "                    case \"{}\":\n                        arity(a, {});\n",
            m.name,
            m.params.len()
        ));
        match m.returns.value() {
            Some(ty) => code.push_str(&format!(
                "                        w_{}(b, {call});\n                        return b.toString();\n",
                ty.ident()
            )),
            None => code.push_str(&format!("                        {call};\n                        return \"null\";\n")),
        }
    }
    code.push_str(
        "                }\n                throw new IllegalArgumentException(\"unknown method \" + name);\n            \
         }\n        });\n",
    );
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_sum_starter_is_leetcodes() {
        let sig = Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"int\" } ]\nreturns = \"int[]\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        \n    }\n}"
        );
    }

    #[test]
    fn lists_box_their_elements_and_design_starters_have_a_constructor() {
        let sig = Signature::from_toml(
            "[design]\nclass = \"Cache\"\nconstructor = [ { name = \"capacity\", type = \"int\" } ]\n\
             methods = [ { name = \"groups\", params = [ { name = \"words\", type = \"list<list<char>>\" } ], \
             returns = \"list<bool>\" } ]\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "class Cache {\n\n    public Cache(int capacity) {\n        \n    }\n\n    \
             public List<Boolean> groups(List<List<Character>> words) {\n        \n    }\n}"
        );
    }

    #[test]
    fn only_main_stays_public() {
        assert_eq!(
            without_public_classes("public class Solution {\n    public int f() { return 1; }\n}\npublic final class X {}"),
            "class Solution {\n    public int f() { return 1; }\n}\nfinal class X {}\n"
        );
    }
}
