from collections import deque


class Solution:
    def treeLevels(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []
        queue = deque([root] if root else [])
        while queue:
            # The queue holds exactly this level now; its children are queued behind it.
            row = []
            for _ in range(len(queue)):
                node = queue.popleft()
                row.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            rows.append(row)
        return rows
