# Running totals on the route from the summit: a descent from u down to x scores
# S(x) - S(parent of u), so at x count the earlier totals equal to S(x) - target. An explicit
# stack with "leaving" entries takes each total back out once its subtree is done.
class Solution:
    def countDescents(self, root: Optional[TreeNode], target: int) -> int:
        if root is None:
            return 0
        seen = {0: 1}
        count = 0
        stack = [(root, 0, False)]
        while stack:
            node, above, leaving = stack.pop()
            total = above + node.val
            if leaving:
                seen[total] -= 1
                continue
            count += seen.get(total - target, 0)
            seen[total] = seen.get(total, 0) + 1
            stack.append((node, above, True))
            if node.right:
                stack.append((node.right, total, False))
            if node.left:
                stack.append((node.left, total, False))
        return count
