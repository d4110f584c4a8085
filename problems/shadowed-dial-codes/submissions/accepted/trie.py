class Solution:
    def countShadowed(self, codes: List[str]) -> int:
        trie = {}  # nested dicts; the key "#" counts the codes that end at a node
        for c in codes:
            node = trie
            for d in c:
                node = node.setdefault(d, {})
            node["#"] = node.get("#", 0) + 1
        shadowed = 0
        for c in codes:
            node = trie
            for i, d in enumerate(c):
                node = node[d]
                ends = node.get("#", 0)
                # before the last digit: a shorter code ends here; at it: an equal twin
                if ends > (1 if i == len(c) - 1 else 0):
                    shadowed += 1
                    break
        return shadowed
