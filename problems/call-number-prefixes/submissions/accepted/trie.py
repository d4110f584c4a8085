class Solution:
    def countByPrefix(self, labels: List[str], queries: List[str]) -> List[int]:
        # Each node: a dict of children, plus the number of labels passing through it.
        children, passing = [{}], [0]
        for w in labels:
            node = 0
            for ch in w:
                nxt = children[node].get(ch)
                if nxt is None:
                    nxt = len(children)
                    children[node][ch] = nxt
                    children.append({})
                    passing.append(0)
                node = nxt
                passing[node] += 1
        out = []
        for q in queries:
            node = 0
            for ch in q:
                node = children[node].get(ch, -1)
                if node < 0:
                    break
            out.append(passing[node] if node >= 0 else 0)
        return out
