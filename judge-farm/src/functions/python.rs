//! Python 3, as LeetCode writes it: `class Solution` with camelCase methods taking `self`,
//! `typing` hints (`List[int]`, `Optional[ListNode]`), `-> None` for void methods.
//!
//! Program layout: LeetCode's usual imports, the runtime (which reads the tests and closes fd 0
//! before any user statement runs), the node classes, the user's code, then the glue. Python
//! converts values by a type descriptor at run time: a type name such as `'int'`, or
//! `[element]` for an array or list.

use super::function_call::{call_and_write, CallSyntax};
use super::nodes::{used, NodeDefinitions};
use super::signature::{Design, Function, Param, Signature};
use super::source::{line_comment, node_title, user_code_banner};
use super::types::{Returns, ValueType};

const CORE: &str = include_str!("runtime/python/core.py");
const LIST_NODE: &str = include_str!("runtime/python/list_node.py");
const TREE_NODE: &str = include_str!("runtime/python/tree_node.py");

/// What LeetCode's Python 3 environment has imported before the user's code.
const PRELUDE: &str = "from typing import *\n\
    import bisect, collections, functools, heapq, itertools, math, operator, random, re, string\n\
    from bisect import bisect, bisect_left, bisect_right, insort\n\
    from collections import Counter, OrderedDict, defaultdict, deque\n\
    from functools import cache, lru_cache, reduce\n\
    from heapq import heapify, heappop, heappush, heappushpop, heapreplace, nlargest, nsmallest\n\
    from itertools import accumulate, combinations, permutations, product\n\
    from math import comb, gcd, inf, isqrt, lcm\n";

/// LeetCode's node classes; the starter shows them in a comment.
const LIST_NODE_CLASS: &str =
    "class ListNode:\n    def __init__(self, val=0, next=None):\n        \
    self.val = val\n        self.next = next\n";
const TREE_NODE_CLASS: &str =
    "class TreeNode:\n    def __init__(self, val=0, left=None, right=None):\n        \
    self.val = val\n        self.left = left\n        self.right = right\n";

const NODES: NodeDefinitions = NodeDefinitions {
    list_node: (LIST_NODE_CLASS, LIST_NODE),
    tree_node: (TREE_NODE_CLASS, TREE_NODE),
};

pub fn starter_code(sig: &Signature) -> String {
    let mut code = node_comments(sig);
    match sig {
        Signature::Function(f) => {
            code.push_str("class Solution:\n");
            code.push_str(&method(&f.name, &f.params, &f.returns));
        }
        Signature::Design(d) => {
            code.push_str(&format!("class {}:\n\n", d.class));
            let mut methods =
                vec![format!("    def __init__(self{}):\n        ", params(&d.constructor))];
            methods.extend(d.methods.iter().map(|m| method(&m.name, &m.params, &m.returns)));
            code.push_str(&methods.join("\n\n"));
        }
    }
    code
}

pub fn program(sig: &Signature, user_code: &str) -> String {
    let mut code = String::from(PRELUDE);
    code.push_str(CORE);
    for node in used(sig, &NODES) {
        code.push_str(node.definition);
        code.push_str(node.runtime);
    }
    code.push_str(&user_code_banner("#", 1));
    code.push_str(user_code);
    code.push_str("\n# ---- driver ----\n");
    code.push_str(&match sig {
        Signature::Function(f) => function_glue(f),
        Signature::Design(d) => design_glue(d),
    });
    code
}

fn node_comments(sig: &Signature) -> String {
    used(sig, &NODES)
        .iter()
        .map(|node| line_comment("# ", node_title(node.name), node.definition))
        .collect()
}

fn method(name: &str, params_: &[Param], returns: &Returns) -> String {
    let returns = match returns {
        Returns::Void => "None".to_string(),
        Returns::Value(ty) => hint(ty),
    };
    format!("    def {name}(self{}) -> {returns}:\n        ", params(params_))
}

fn params(params: &[Param]) -> String {
    params.iter().map(|p| format!(", {}: {}", p.name, hint(&p.ty))).collect()
}

fn hint(ty: &ValueType) -> String {
    match ty {
        ValueType::Int | ValueType::Long => "int".into(),
        ValueType::Double => "float".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Char | ValueType::String => "str".into(),
        ValueType::ListNode => "Optional[ListNode]".into(),
        ValueType::TreeNode => "Optional[TreeNode]".into(),
        ValueType::Array(element) | ValueType::List(element) => format!("List[{}]", hint(element)),
    }
}

/// The runtime's type descriptor: `'int'`, `['int']`, `[['char']]`.
fn descriptor(ty: &ValueType) -> String {
    match ty.element() {
        Some(element) => format!("[{}]", descriptor(element)),
        None => format!("'{ty}'"),
    }
}

/// `name(_aa_read(T0, a[0]), ...)` with the arity check before it.
fn read_args(params: &[Param]) -> (String, Vec<String>) {
    let check = format!("    _aa_arity(a, {})\n", params.len());
    let args = params
        .iter()
        .enumerate()
        .map(|(i, p)| format!("_aa_read({}, a[{i}])", descriptor(&p.ty)))
        .collect();
    (check, args)
}

fn function_glue(f: &Function) -> String {
    let (check, args) = read_args(&f.params);
    let mut code = format!("def _aa_solve(a):\n{check}");
    code.push_str(&call_and_write(
        f,
        &args,
        &CallSyntax {
            local: |i: usize, arg: &str| format!("    p{i} = {arg}\n"),
            call: |args: &[String]| format!("Solution().{}({})", f.name, args.join(", ")),
            write: |ty: &ValueType, value: &str| {
                format!("    return _aa_write({}, {value})\n", descriptor(ty))
            },
            indent: "    ",
            end: "",
        },
    ));
    code.push_str("\n\n_aa_run_function(_aa_solve)\n");
    code
}

fn design_glue(d: &Design) -> String {
    let (check, args) = read_args(&d.constructor);
    let mut code =
        format!("def _aa_construct(a):\n{check}    return {}({})\n\n\n", d.class, args.join(", "));
    code.push_str("def _aa_call(obj, name, a):\n");
    for m in &d.methods {
        let (check, args) = read_args(&m.params);
        let call = format!("obj.{}({})", m.name, args.join(", "));
        code.push_str(&format!("    if name == '{}':\n    {check}", m.name));
        match m.returns.value() {
            Some(ty) => {
                code.push_str(&format!("        return _aa_write({}, {call})\n", descriptor(ty)))
            }
            None => code.push_str(&format!("        {call}\n        return 'null'\n")),
        }
    }
    code.push_str("    raise ValueError('unknown method %r' % name)\n\n\n");
    code.push_str(&format!("_aa_run_design('{}', _aa_construct, _aa_call)\n", d.class));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_code_is_leetcode_shaped() {
        let sig = Signature::from_toml(
            "[function]\nname = \"addTwoNumbers\"\nparams = [ { name = \"l1\", type = \"ListNode\" }, \
             { name = \"k\", type = \"list<list<string>>\" } ]\nreturns = \"ListNode\"\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            format!(
                "# Definition for singly-linked list.\n# class ListNode:\n#     def __init__(self, val=0, next=None):\n\
                 #         self.val = val\n#         self.next = next\nclass Solution:\n    def addTwoNumbers(self, l1: Optional[ListNode], \
                 k: List[List[str]]) -> Optional[ListNode]:\n        "
            )
        );
    }

    #[test]
    fn design_starter_has_init_and_none_returns() {
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nmethods = [ { name = \"push\", params = [ { name = \"val\", \
             type = \"int\" } ], returns = \"void\" }, { name = \"getMin\", returns = \"double\" } ]\n",
        )
        .unwrap();
        assert_eq!(
            starter_code(&sig),
            "class MinStack:\n\n    def __init__(self):\n        \n\n    def push(self, val: int) -> None:\n        \n\n    \
             def getMin(self) -> float:\n        "
        );
    }
}
