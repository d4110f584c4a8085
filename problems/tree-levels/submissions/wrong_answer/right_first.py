# Depth-first, but the right child before the left: every row comes out reversed.
class Solution:
    def treeLevels(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []

        def visit(node, depth):
            if node is None:
                return
            if depth == len(rows):
                rows.append([])
            rows[depth].append(node.val)
            visit(node.right, depth + 1)
            visit(node.left, depth + 1)

        visit(root, 0)
        return rows
