class Solution:
    def richestTrail(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def down(node):
            """The best trail starting at node and going only downwards."""
            nonlocal best
            if node is None:
                return 0
            left = max(0, down(node.left))  # a negative branch is better left out
            right = max(0, down(node.right))
            best = max(best, node.val + left + right)  # the trail topped at node
            return node.val + max(left, right)

        down(root)
        return best
