# Forgets the end-of-word mark: a pattern that ends inside a longer word counts as a match.
class WildcardLexicon:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})

    def matches(self, pattern: str) -> bool:
        def match(node, i):
            if i == len(pattern):
                return True
            c = pattern[i]
            if c != "?":
                return c in node and match(node[c], i + 1)
            return any(match(child, i + 1) for child in node.values())

        return match(self.root, 0)
