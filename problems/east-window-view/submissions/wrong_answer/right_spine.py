# Follows right children only: misses every level that only the left subtree reaches
# ([3,8,5,1,null,null,null,-4] gives [3,5] instead of [3,5,1,-4]).
class Solution:
    def eastWindowView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        node = root
        while node:
            view.append(node.val)
            node = node.right
        return view
