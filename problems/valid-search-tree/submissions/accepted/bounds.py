# Depth-first with an explicit stack of (node, low, high); None means "no bound".
class Solution:
    def isValidSearchTree(self, root: Optional[TreeNode]) -> bool:
        stack = [(root, None, None)]
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            if (low is not None and node.val <= low) or (high is not None and node.val >= high):
                return False
            stack.append((node.left, low, node.val))
            stack.append((node.right, node.val, high))
        return True
