class Solution:
    def flipTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        # Both sides are flipped before either is assigned: a simultaneous swap.
        root.left, root.right = self.flipTree(root.right), self.flipTree(root.left)
        return root
