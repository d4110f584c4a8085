# No end-of-word flag: search answers "the path exists", so after insert("planet"),
# search("plan") wrongly returns True.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})

    def _walk(self, s):
        node = self.root
        for c in s:
            node = node.get(c)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        return self._walk(word) is not None

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
