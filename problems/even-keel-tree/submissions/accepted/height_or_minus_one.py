class Solution:
    def isEvenKeeled(self, root: Optional[TreeNode]) -> bool:
        def check(node):  # the height, or -1 once anything below is lopsided
            if node is None:
                return 0
            left = check(node.left)
            if left < 0:
                return -1
            right = check(node.right)
            if right < 0 or abs(left - right) > 1:
                return -1
            return 1 + max(left, right)

        return check(root) >= 0
