from collections import deque


# Breadth-first in rounds: the last node taken off in a round is the level's visible one.
class Solution:
    def eastWindowView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        queue = deque([root] if root else [])
        while queue:
            for _ in range(len(queue)):
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            view.append(node.val)
        return view
