from collections import Counter


class Solution:
    def suggest(self, history: List[str], prefixes: List[str]) -> List[List[str]]:
        counts = Counter(history)
        ranked = sorted(counts, key=lambda w: (-counts[w], w))  # best first
        # A trie whose edges live in one dict, keyed by (node, letter); top[node] holds the
        # first three ranked words passing through the node: that prefix's suggestions.
        child, top = {}, [[]]
        for w in ranked:
            node = 0
            for ch in w:
                nxt = child.get((node, ch))
                if nxt is None:
                    nxt = child[(node, ch)] = len(top)
                    top.append([])
                node = nxt
                if len(top[node]) < 3:
                    top[node].append(w)
        out = []
        for p in prefixes:
            node = 0
            for ch in p:
                node = child.get((node, ch))
                if node is None:
                    break
            out.append([] if node is None else top[node])
        return out
