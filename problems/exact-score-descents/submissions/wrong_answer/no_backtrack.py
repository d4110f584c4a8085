# Never removes a running total when its subtree is done: totals from a finished branch stay in
# the map, and "descents" that jump from one branch into another are counted.
class Solution:
    def countDescents(self, root: Optional[TreeNode], target: int) -> int:
        seen = {0: 1}
        count = 0
        stack = [(root, 0)] if root else []
        while stack:
            node, above = stack.pop()
            total = above + node.val
            count += seen.get(total - target, 0)
            seen[total] = seen.get(total, 0) + 1
            if node.right:
                stack.append((node.right, total))
            if node.left:
                stack.append((node.left, total))
        return count
