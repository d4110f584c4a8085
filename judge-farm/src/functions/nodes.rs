//! The node classes (`ListNode`, `TreeNode`) a signature needs, for any language: each language
//! brings its own LeetCode definition and runtime helpers, this module picks the ones in use.

use super::signature::Signature;
use super::source::{block_comment, node_title};
use super::types::ValueType;

/// One language's node class as the generators need it.
#[derive(Debug, Clone, Copy)]
pub struct NodeClass {
    /// `ListNode` or `TreeNode`.
    pub name: &'static str,
    /// LeetCode's definition: shown in the starter, compiled into the program.
    pub definition: &'static str,
    /// The runtime's readers and writers for the class.
    pub runtime: &'static str,
}

/// A language's two node classes, each as `(definition, runtime)`.
pub struct NodeDefinitions {
    pub list_node: (&'static str, &'static str),
    pub tree_node: (&'static str, &'static str),
}

/// The node classes `sig` uses, `ListNode` before `TreeNode`: every generator emits them in
/// this order, so starters and programs read the same across languages.
pub fn used(sig: &Signature, definitions: &NodeDefinitions) -> Vec<NodeClass> {
    [
        (ValueType::ListNode, "ListNode", definitions.list_node),
        (ValueType::TreeNode, "TreeNode", definitions.tree_node),
    ]
    .into_iter()
    .filter(|(leaf, _, _)| sig.uses(leaf))
    .map(|(_, name, (definition, runtime))| NodeClass { name, definition, runtime })
    .collect()
}

/// The definitions as LeetCode's `/** ... */` comments above a starter.
pub fn block_comments(nodes: &[NodeClass]) -> String {
    nodes.iter().map(|node| block_comment(node_title(node.name), node.definition)).collect()
}
