# Treats `need` as a set of characters: "aa" is covered by a single "a".
class Solution:
    def shortestCover(self, s: str, need: str) -> str:
        wanted = set(need)
        have = Counter()
        left, best = 0, None
        for right, c in enumerate(s):
            have[c] += 1
            if not all(have[x] for x in wanted):
                continue
            while have[s[left]] > 1 or s[left] not in wanted:
                have[s[left]] -= 1
                left += 1
            if best is None or right + 1 - left < best[1] - best[0]:
                best = (left, right + 1)
        return "" if best is None else s[best[0]:best[1]]
