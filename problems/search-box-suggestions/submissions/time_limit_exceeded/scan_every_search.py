# Right answers, but each query scans the ranked list of every distinct search until three
# match: O(queries × distinct searches), about 9 * 10^8 startswith calls when 3 * 10^4 distinct
# searches meet 3 * 10^4 typed texts that match nothing.
from collections import Counter


class Solution:
    def suggest(self, history: List[str], prefixes: List[str]) -> List[List[str]]:
        counts = Counter(history)
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        out = []
        for p in prefixes:
            row = []
            for w in ranked:
                if w.startswith(p):
                    row.append(w)
                    if len(row) == 3:
                        break
            out.append(row)
        return out
