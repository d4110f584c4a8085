class WildcardLexicon:
    def __init__(self):
        self.root = {}  # a trie of dicts; the key "$" marks the end of a word

    def addWord(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})
        node["$"] = True

    def matches(self, pattern: str) -> bool:
        def match(node, i):
            if i == len(pattern):
                return "$" in node
            c = pattern[i]
            if c != "?":
                return c in node and match(node[c], i + 1)
            return any(match(child, i + 1) for key, child in node.items() if key != "$")

        return match(self.root, 0)
