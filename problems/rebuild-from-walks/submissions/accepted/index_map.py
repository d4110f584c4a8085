class Solution:
    def rebuildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        where = {v: i for i, v in enumerate(inorder)}
        next_pre = 0

        def build(lo, hi):  # the subtree whose in-order walk is inorder[lo:hi]
            nonlocal next_pre
            if lo == hi:
                return None
            root = TreeNode(preorder[next_pre])
            next_pre += 1
            k = where[root.val]
            root.left = build(lo, k)  # pre-order lists the left subtree first
            root.right = build(k + 1, hi)
            return root

        return build(0, len(inorder))
