# Compares each node with its own children only: [10,5,15,null,null,6,20] passes although 6 is
# in the right subtree of 10.
class Solution:
    def isValidSearchTree(self, root: Optional[TreeNode]) -> bool:
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.left and node.left.val >= node.val:
                return False
            if node.right and node.right.val <= node.val:
                return False
            stack.extend([node.left, node.right])
        return True
