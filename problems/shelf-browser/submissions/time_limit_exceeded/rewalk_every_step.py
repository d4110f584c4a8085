# Right answers, but the browser keeps only the cursor's index: every step walks the whole tree
# in order again to find the number at that index. O(n) per call, about 3 * 10^8 node visits
# for 15000 steps through a tree of 20000 numbers.
class ShelfBrowser:
    def __init__(self, root: Optional[TreeNode]):
        self.root = root
        self.pos = -1
        self.n = len(self._in_order())

    def _in_order(self):
        out, stack, node = [], [], self.root
        while node or stack:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.val)
            node = node.right
        return out

    def hasNext(self) -> bool:
        return self.pos + 1 < self.n

    def next(self) -> int:
        self.pos += 1
        return self._in_order()[self.pos]

    def hasPrev(self) -> bool:
        return self.pos > 0

    def prev(self) -> int:
        self.pos -= 1
        return self._in_order()[self.pos]
