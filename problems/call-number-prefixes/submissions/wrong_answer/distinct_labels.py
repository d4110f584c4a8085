# Builds the trie from the set of labels, so boxes that share a label are counted once.
class Solution:
    def countByPrefix(self, labels: List[str], queries: List[str]) -> List[int]:
        root = {}
        for w in set(labels):
            node = root
            for ch in w:
                node = node.setdefault(ch, {"#": 0})
                node["#"] += 1
        out = []
        for q in queries:
            node = root
            for ch in q:
                node = node.get(ch)
                if node is None:
                    break
            out.append(node["#"] if node is not None else 0)
        return out
