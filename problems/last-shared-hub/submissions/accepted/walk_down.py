# Walk down from the root while both codes lie on the same side of the hub: the first hub
# where they part (or that is one of them) is the last one both routes share.
class Solution:
    def lastSharedHub(self, root: Optional[TreeNode], a: int, b: int) -> int:
        node = root
        while True:
            if a < node.val and b < node.val:
                node = node.left
            elif a > node.val and b > node.val:
                node = node.right
            else:
                return node.val
