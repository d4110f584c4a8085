//! C17, as LeetCode writes it: a free function (`int* twoSum(int* nums, int numsSize, int
//! target, int* returnSize)`), arrays and lists as a pointer and a length (`<name>Size`), a
//! two-level container as `T**` with its row lengths (`int* <name>ColSize`), an array result
//! through `int* returnSize` (and `int** returnColumnSizes` for rows), `char*` strings,
//! `struct ListNode*` / `struct TreeNode*`. A design class is a `typedef struct` with
//! `<class>Create`, one `<class><Method>(<Class>* obj, ...)` per method (array results through
//! `int* retSize`) and `<class>Free`, the class name's first letter lower-cased
//! (`minStackPush`, LeetCode's `lRUCacheGet`).
//!
//! C cannot change an array's length in place, and its strings end at the first NUL: an
//! in-place answer keeps its length, and a string holding U+0000 stops the driver with an
//! error. A signature whose names C's headers take (a function called `abs`) or whose
//! generated names clash (`nums` beside `numsSize`) is not offered in C ([`not_offered`]).
//!
//! Program layout (each part numbered as its own file with `#line`: `runtime.c`, the user's
//! `solution.c`, `driver.c`): the headers, the node structs, the runtime (every name `aa_`-prefixed and
//! static; a constructor reads the tests before the user's constructors run), the readers and
//! writers of the containers in use, the user's code, then the driver and `main`.

use super::c_names::{contains, FUNCTIONS, MACROS};
use super::nodes::{block_comments, used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::user_code_banner;
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/c/core.c");
const LIST_NODE: &str = include_str!("runtime/c/list_node.c");
const TREE_NODE: &str = include_str!("runtime/c/tree_node.c");

/// What LeetCode's C includes for the user (and the runtime needs).
const HEADER: &str = "#include <ctype.h>\n#include <errno.h>\n#include <limits.h>\n#include <math.h>\n\
    #include <stdarg.h>\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n\
    #include <stdlib.h>\n#include <string.h>\n\n";

const LIST_NODE_STRUCT: &str = "struct ListNode {\n    int val;\n    struct ListNode *next;\n};\n";
const TREE_NODE_STRUCT: &str =
    "struct TreeNode {\n    int val;\n    struct TreeNode *left;\n    struct TreeNode *right;\n};\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_STRUCT, LIST_NODE),
    tree_node: (TREE_NODE_STRUCT, TREE_NODE),
};

/// The out-parameters of an array result, as LeetCode names them for functions and for methods.
struct ResultNames {
    size: &'static str,
    columns: &'static str,
}

const FUNCTION_RESULT: ResultNames =
    ResultNames { size: "returnSize", columns: "returnColumnSizes" };
const METHOD_RESULT: ResultNames = ResultNames { size: "retSize", columns: "retColSize" };

/// Why `sig` cannot be offered in C, or None when it can.
pub fn not_offered(sig: &Signature) -> Option<String> {
    match sig {
        Signature::Function(f) => {
            if contains(FUNCTIONS, &f.name) || contains(MACROS, &f.name) {
                return Some(format!(
                    "the function name `{}` is taken by C's standard library",
                    f.name
                ));
            }
            clashing_names(&f.params, f.returns.value(), &FUNCTION_RESULT, &[])
        }
        Signature::Design(d) => {
            let prefix = lower_first(&d.class);
            if ["FILE", "NULL", "EOF", "BUFSIZ", "INFINITY", "NAN", "HUGE_VAL"]
                .contains(&d.class.as_str())
            {
                return Some(format!(
                    "the class name `{}` is taken by C's standard library",
                    d.class
                ));
            }
            if let Some(clash) = clashing_names(&d.constructor, None, &METHOD_RESULT, &[]) {
                return Some(format!("{}'s constructor: {clash}", d.class));
            }
            for m in &d.methods {
                let pascal = super::names::pascal_case(&m.name);
                if pascal == "Create" || pascal == "Free" {
                    return Some(format!(
                        "method `{}` would be `{prefix}{pascal}`, which C's design classes use \
                         for their constructor and destructor",
                        m.name
                    ));
                }
                if let Some(clash) =
                    clashing_names(&m.params, m.returns.value(), &METHOD_RESULT, &["obj"])
                {
                    return Some(format!("method `{}`: {clash}", m.name));
                }
            }
            None
        }
    }
}

/// A parameter list whose C spelling repeats a name or uses a macro of the headers: `nums`
/// beside `numsSize`, a parameter called `returnSize` or `errno`.
fn clashing_names(
    params: &[Param],
    returns: Option<&ValueType>,
    result: &ResultNames,
    fixed: &[&str],
) -> Option<String> {
    let mut names: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    for p in params {
        if contains(MACROS, &p.name) {
            return Some(format!("the parameter name `{}` is a macro of C's headers", p.name));
        }
        names.extend(param_names(p));
    }
    match returns.map(ValueType::depth) {
        Some(1) => names.push(result.size.into()),
        Some(2) => names.extend([result.size.into(), result.columns.into()]),
        _ => {}
    }
    let mut seen = std::collections::HashSet::new();
    names
        .into_iter()
        .find(|name| !seen.insert(name.clone()))
        .map(|name| format!("the C parameters would have `{name}` twice"))
}

/// The C parameter names one parameter becomes.
fn param_names(p: &Param) -> Vec<String> {
    match p.ty.depth() {
        0 => vec![p.name.clone()],
        1 => vec![p.name.clone(), format!("{}Size", p.name)],
        _ => vec![p.name.clone(), format!("{}Size", p.name), format!("{}ColSize", p.name)],
    }
}

/// `MinStack` -> `minStack`, LeetCode's prefix of a design class's functions.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The C type: `int`, `long long`, `char*`, `struct ListNode*`, `int*`, `char**`.
fn c_type(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "long long".into(),
        ValueType::Double => "double".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char => "char".into(),
        ValueType::String => "char*".into(),
        ValueType::ListNode => "struct ListNode*".into(),
        ValueType::TreeNode => "struct TreeNode*".into(),
        ValueType::Array(element) | ValueType::List(element) => format!("{}*", c_type(element)),
    }
}

/// Parameters as LeetCode declares them, with the lengths after each container and the result's
/// out-parameters last.
fn params(
    first: Option<&str>,
    params: &[Param],
    returns: &Returns,
    result: &ResultNames,
) -> String {
    let mut out: Vec<String> = first.map(String::from).into_iter().collect();
    for p in params {
        let (ty, name) = (c_type(&p.ty), &p.name);
        match p.ty.depth() {
            0 => out.push(format!("{ty} {name}")),
            1 => out.push(format!("{ty} {name}, int {name}Size")),
            _ => out.push(format!("{ty} {name}, int {name}Size, int* {name}ColSize")),
        }
    }
    match returns.value().map(ValueType::depth) {
        Some(1) => out.push(format!("int* {}", result.size)),
        Some(2) => out.push(format!("int* {}, int** {}", result.size, result.columns)),
        _ => {}
    }
    out.join(", ")
}

/// LeetCode's reminder above a function returning an array.
fn result_note(returns: &Returns, result: &ResultNames) -> &'static str {
    match (returns.value().map(ValueType::depth), result.size) {
        (Some(1), "returnSize") => {
            "/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\n"
        }
        (Some(2), "returnSize") => {
            "/**\n * Return an array of arrays of size *returnSize.\n * The sizes of the arrays are returned as \
             *returnColumnSizes array.\n * Note: Both returned array and *columnSizes array must be malloced, \
             assume caller calls free().\n */\n"
        }
        _ => "",
    }
}

fn return_type(returns: &Returns) -> String {
    returns.value().map_or("void".into(), c_type)
}

pub fn starter_code(sig: &Signature) -> String {
    let mut code = block_comments(&used(sig, &NODES));
    match sig {
        Signature::Function(f) => {
            code.push_str(result_note(&f.returns, &FUNCTION_RESULT));
            code.push_str(&format!(
                "{} {}({}) {{\n    \n}}",
                return_type(&f.returns),
                f.name,
                params(None, &f.params, &f.returns, &FUNCTION_RESULT)
            ));
        }
        Signature::Design(d) => {
            let (class, prefix) = (&d.class, lower_first(&d.class));
            let obj = format!("{class}* obj");
            let mut members = vec![
                format!("typedef struct {{\n    \n}} {class};"),
                format!(
                    "{class}* {prefix}Create({}) {{\n    \n}}",
                    params(None, &d.constructor, &Returns::Void, &METHOD_RESULT)
                ),
            ];
            for m in &d.methods {
                members.push(format!(
                    "{} {prefix}{}({}) {{\n    \n}}",
                    return_type(&m.returns),
                    super::names::pascal_case(&m.name),
                    params(Some(&obj), &m.params, &m.returns, &METHOD_RESULT)
                ));
            }
            members.push(format!("void {prefix}Free({obj}) {{\n    free(obj);\n}}"));
            code.push_str(&members.join("\n\n"));
        }
    }
    code
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let mut code = String::from("#line 1 \"runtime.c\"\n");
    code.push_str(HEADER);
    let nodes = used(sig, &NODES);
    for node in &nodes {
        code.push_str(node.definition);
        code.push('\n');
    }
    code.push_str(CORE);
    for node in &nodes {
        code.push_str(node.runtime);
    }
    for ty in sig.value_types().iter().filter(|ty| ty.element().is_some()) {
        code.push_str(&container_helpers(ty));
    }
    // `#line` makes the compiler count the user's lines as the user does, in `solution.c` (line
    // 0 is the banner, which `locate_user_code` needs right before the code), and the driver's
    // in a file of its own, so a message about the user's code names the user's line. None of
    // the names is a file in the box: gcc quotes no source line it would take from `main.c`.
    code.push_str("\n#line 0 \"solution.c\"");
    code.push_str(&user_code_banner("//", 1));
    code.push_str(user_code);
    code.push_str("\n#line 1 \"driver.c\"\n// ---- driver ----\n");
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code
}

/// `aa_r_<t>` and `aa_w_<t>` for an array or list type, built on its element's: one level
/// reads into a pointer and a length, two levels also fill the row lengths.
fn container_helpers(ty: &ValueType) -> String {
    let element = ty.element().expect("a container");
    let (t, id, e) = (c_type(ty), ty.ident(), element.ident());
    if element.element().is_none() {
        // One spare element: a char array is also a terminated C string.
        format!(
            "\nstatic inline {t} aa_r_{id}(const aa_J* v, int* size) {{\n    aa_array(v);\n    \
             {t} r = aa_alloc((v->n + 1) * sizeof *r);\n    \
             for (size_t i = 0; i < v->n; i++) r[i] = aa_r_{e}(&v->items[i]);\n    \
             *size = (int) v->n;\n    return r;\n}}\n\n\
             static inline void aa_w_{id}(aa_B* b, {t} v, int size) {{\n    \
             if (size < 0 || (size > 0 && v == NULL)) aa_fail(\"an array of length %d at %p\", size, (void*) v);\n    \
             aa_putc(b, '[');\n    for (int i = 0; i < size; i++) {{\n        if (i) aa_putc(b, ',');\n        \
             aa_w_{e}(b, v[i]);\n    }}\n    aa_putc(b, ']');\n}}\n"
        )
    } else {
        format!(
            "\nstatic inline {t} aa_r_{id}(const aa_J* v, int* size, int** columns) {{\n    aa_array(v);\n    \
             {t} r = aa_alloc((v->n + 1) * sizeof *r);\n    *columns = aa_alloc((v->n + 1) * sizeof **columns);\n    \
             for (size_t i = 0; i < v->n; i++) r[i] = aa_r_{e}(&v->items[i], &(*columns)[i]);\n    \
             *size = (int) v->n;\n    return r;\n}}\n\n\
             static inline void aa_w_{id}(aa_B* b, {t} v, int size, int* columns) {{\n    \
             if (size < 0 || (size > 0 && v == NULL)) aa_fail(\"an array of length %d at %p\", size, (void*) v);\n    \
             if (size > 0 && columns == NULL) aa_fail(\"the rows' lengths (the column sizes) were not set\");\n    \
             aa_putc(b, '[');\n    for (int i = 0; i < size; i++) {{\n        if (i) aa_putc(b, ',');\n        \
             aa_w_{e}(b, v[i], columns[i]);\n    }}\n    aa_putc(b, ']');\n}}\n"
        )
    }
}

/// Locals `p0`, `p1`, ... (with `p0n` lengths and `p0c` row lengths) holding the arguments,
/// and the argument list of the call.
fn read_args(params: &[Param], indent: &str) -> (String, String) {
    let mut code = format!("{indent}aa_arity(a, {});\n", params.len());
    let mut names = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let (t, id) = (c_type(&p.ty), p.ty.ident());
        match p.ty.depth() {
            0 => {
                code.push_str(&format!("{indent}{t} p{i} = aa_r_{id}(&a->items[{i}]);\n"));
                names.push(format!("p{i}"));
            }
            1 => {
                code.push_str(&format!(
                    "{indent}int p{i}n;\n{indent}{t} p{i} = aa_r_{id}(&a->items[{i}], &p{i}n);\n"
                ));
                names.push(format!("p{i}, p{i}n"));
            }
            _ => {
                code.push_str(&format!(
                    "{indent}int p{i}n;\n{indent}int* p{i}c;\n{indent}{t} p{i} = aa_r_{id}(&a->items[{i}], &p{i}n, &p{i}c);\n"
                ));
                names.push(format!("p{i}, p{i}n, p{i}c"));
            }
        }
    }
    (code, names.join(", "))
}

/// Calls `callee(arguments)` and writes its result into `b`.
fn call_and_write(ty: &ValueType, callee: &str, arguments: &str, indent: &str) -> String {
    let (t, id) = (c_type(ty), ty.ident());
    let sep = if arguments.is_empty() { "" } else { ", " };
    match ty.depth() {
        0 => format!("{indent}aa_w_{id}(b, {callee}({arguments}));\n"),
        1 => format!(
            "{indent}int aa_rn = 0;\n{indent}{t} aa_r = {callee}({arguments}{sep}&aa_rn);\n{indent}aa_w_{id}(b, aa_r, aa_rn);\n"
        ),
        _ => format!(
            "{indent}int aa_rn = 0;\n{indent}int* aa_rc = NULL;\n{indent}{t} aa_r = {callee}({arguments}{sep}&aa_rn, &aa_rc);\n\
             {indent}aa_w_{id}(b, aa_r, aa_rn, aa_rc);\n"
        ),
    }
}

fn function_glue(f: &Function) -> String {
    let (read, names) = read_args(&f.params, "    ");
    let mut code = format!("static void aa_solve(const aa_J* a, aa_B* b) {{\n{read}");
    match f.answer_index() {
        Some(answer) => {
            code.push_str(&format!("    {}({names});\n", f.name));
            let ty = &f.params[answer].ty;
            let written = match ty.depth() {
                0 => format!("p{answer}"),
                1 => format!("p{answer}, p{answer}n"),
                _ => format!("p{answer}, p{answer}n, p{answer}c"),
            };
            code.push_str(&format!("    aa_w_{}(b, {written});\n", ty.ident()));
        }
        None => {
            let ty =
                f.returns.value().expect("a validated function returns a value or names an answer");
            code.push_str(&call_and_write(ty, &f.name, &names, "    "));
        }
    }
    code.push_str("}\n\nint main(void) {\n    aa_run_function(aa_solve);\n    return 0;\n}\n");
    code
}

fn design_glue(d: &Design) -> String {
    let (class, prefix) = (&d.class, lower_first(&d.class));
    let (read, names) = read_args(&d.constructor, "    ");
    let mut code = format!(
        "static void* aa_construct(const aa_J* a) {{\n{read}    return {prefix}Create({names});\n}}\n\n\
         static void aa_call(void* aa_obj, const char* aa_name, const aa_J* a, aa_B* b) {{\n    \
         {class}* obj = aa_obj;\n"
    );
    for m in &d.methods {
        let (read, names) = read_args(&m.params, "        ");
        let arguments = if names.is_empty() { "obj".to_string() } else { format!("obj, {names}") };
        let callee = format!("{prefix}{}", super::names::pascal_case(&m.name));
        code.push_str(&format!("    if (strcmp(aa_name, \"{}\") == 0) {{\n{read}", m.name));
        match m.returns.value() {
            Some(ty) => code.push_str(&call_and_write(ty, &callee, &arguments, "        ")),
            None => code.push_str(&format!(
                "        {callee}({arguments});\n        aa_put(b, \"null\");\n"
            )),
        }
        code.push_str("        return;\n    }\n");
    }
    code.push_str(&format!(
        "    aa_fail(\"unknown method %s\", aa_name);\n}}\n\n\
         static void aa_destroy(void* obj) {{ {prefix}Free(obj); }}\n\n\
         int main(void) {{\n    aa_run_design(\"{class}\", aa_construct, aa_call, aa_destroy);\n    return 0;\n}}\n"
    ));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_follow_leetcode_c() {
        let sig = Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"long\" } ]\nreturns = \"list<list<string>>\"\n",
        )
        .unwrap();
        assert!(starter_code(&sig).ends_with(
            "char*** twoSum(int* nums, int numsSize, long long target, int* returnSize, int** returnColumnSizes) {\n    \n}"
        ));
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nconstructor = [ { name = \"head\", type = \"ListNode\" } ]\n\
             methods = [ { name = \"push\", params = [ { name = \"val\", type = \"int\" } ], returns = \"void\" }, \
             { name = \"top\", returns = \"int[]\" } ]\n",
        )
        .unwrap();
        let starter = starter_code(&sig);
        assert!(starter
            .starts_with("/**\n * Definition for singly-linked list.\n * struct ListNode {\n"));
        assert!(starter.ends_with(
            "typedef struct {\n    \n} MinStack;\n\nMinStack* minStackCreate(struct ListNode* head) {\n    \n}\n\n\
             void minStackPush(MinStack* obj, int val) {\n    \n}\n\n\
             int* minStackTop(MinStack* obj, int* retSize) {\n    \n}\n\n\
             void minStackFree(MinStack* obj) {\n    free(obj);\n}"
        ));
    }

    #[test]
    fn names_c_cannot_take_make_the_problem_not_offered() {
        let function = |name: &str, params: &str| {
            Signature::from_toml(&format!(
                "[function]\nname = \"{name}\"\nparams = [ {params} ]\nreturns = \"int[]\"\n"
            ))
            .unwrap()
        };
        assert_eq!(not_offered(&function("twoSum", "{ name = \"nums\", type = \"int[]\" }")), None);
        assert!(not_offered(&function("abs", "")).unwrap().contains("`abs` is taken by C's"));
        assert!(not_offered(&function("index", "")).is_some());
        let clash = function(
            "f",
            "{ name = \"nums\", type = \"int[]\" }, { name = \"numsSize\", type = \"int\" }",
        );
        assert!(not_offered(&clash).unwrap().contains("`numsSize` twice"));
        let out = function("f", "{ name = \"returnSize\", type = \"int\" }");
        assert!(not_offered(&out).unwrap().contains("`returnSize` twice"));
        assert!(not_offered(&function("f", "{ name = \"errno\", type = \"int\" }"))
            .unwrap()
            .contains("macro"));
        let design = Signature::from_toml(
            "[design]\nclass = \"Pool\"\nmethods = [ { name = \"free\", params = [], returns = \"void\" } ]\n",
        )
        .unwrap();
        assert!(not_offered(&design).unwrap().contains("`poolFree`"));
    }
}
