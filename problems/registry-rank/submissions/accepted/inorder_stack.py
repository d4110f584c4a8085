# In-order walk with an explicit stack, stopping at the k-th value: O(h + k).
class Solution:
    def registryRank(self, root: Optional[TreeNode], k: int) -> int:
        stack, node = [], root
        while True:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
