class ShelfBrowser:
    def __init__(self, root: Optional[TreeNode]):
        self.stack = []  # nodes whose left subtree is done, deepest last
        self.seen = []   # numbers produced so far, in increasing order
        self.pos = -1    # the cursor's index into seen
        self._push_left(root)

    def _push_left(self, node):
        while node:
            self.stack.append(node)
            node = node.left

    def hasNext(self) -> bool:
        return self.pos + 1 < len(self.seen) or bool(self.stack)

    def next(self) -> int:
        if self.pos + 1 == len(self.seen):  # the cursor is at the frontier: produce one more
            node = self.stack.pop()
            self.seen.append(node.val)
            self._push_left(node.right)
        self.pos += 1
        return self.seen[self.pos]

    def hasPrev(self) -> bool:
        return self.pos > 0

    def prev(self) -> int:
        self.pos -= 1
        return self.seen[self.pos]
