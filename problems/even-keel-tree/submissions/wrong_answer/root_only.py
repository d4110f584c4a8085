# Compares only the root's two subtrees; lopsided nodes further down go unnoticed.
class Solution:
    def isEvenKeeled(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        return root is None or abs(height(root.left) - height(root.right)) <= 1
