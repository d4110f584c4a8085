class Solution:
    def treeSpan(self, root: Optional[TreeNode]) -> int:
        best = 0

        def height(node):
            nonlocal best
            if node is None:
                return 0
            left, right = height(node.left), height(node.right)
            best = max(best, left + right)  # the longest path topped at this node
            return 1 + max(left, right)

        height(root)
        return best
