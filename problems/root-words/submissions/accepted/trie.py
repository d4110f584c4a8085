class Solution:
    def shortenToRoots(self, roots: List[str], sentence: str) -> str:
        trie = {}  # nested dicts; the key "$" marks the end of a root
        for r in roots:
            node = trie
            for c in r:
                node = node.setdefault(c, {})
            node["$"] = True
        out = []
        for word in sentence.split(" "):
            node, cut = trie, None
            for i, c in enumerate(word):
                node = node.get(c)
                if node is None:
                    break
                if "$" in node:
                    cut = i + 1  # the shortest root ends here
                    break
            out.append(word[:cut] if cut else word)
        return " ".join(out)
