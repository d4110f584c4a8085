# Post-order greedy: 0 waits for its parent, 1 is watched without a tower, 2 holds a tower.
class Solution:
    def fewestNewTowers(self, root: Optional[TreeNode]) -> int:
        built = 0

        def settle(node):
            nonlocal built
            if node is None:
                return 1  # a missing child needs nothing and watches nothing
            kids = (settle(node.left), settle(node.right))
            if node.val == 1:
                return 2  # already a tower: free
            if 0 in kids:
                built += 1  # only this clearing can still watch that child
                return 2
            return 1 if 2 in kids else 0

        if settle(root) == 0:
            built += 1  # the root has no parent to wait for
        return built
