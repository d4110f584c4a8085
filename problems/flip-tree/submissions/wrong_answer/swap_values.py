# Swaps the values of each node's two children instead of the children themselves: the shape
# never changes, so a node with a single child keeps it on the same side.
class Solution:
    def flipTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            if node.left and node.right:
                node.left.val, node.right.val = node.right.val, node.left.val
            stack.extend(child for child in (node.left, node.right) if child)
        return root
