# The post-order greedy, but a root left waiting for a parent it does not have is never given
# a tower.
class Solution:
    def fewestNewTowers(self, root: Optional[TreeNode]) -> int:
        built = 0

        def settle(node):
            nonlocal built
            if node is None:
                return 1
            kids = (settle(node.left), settle(node.right))
            if node.val == 1:
                return 2
            if 0 in kids:
                built += 1
                return 2
            return 1 if 2 in kids else 0

        settle(root)
        return built
