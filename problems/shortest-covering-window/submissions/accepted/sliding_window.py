class Solution:
    def shortestCover(self, s: str, need: str) -> str:
        wanted = Counter(need)
        have = Counter()
        missing, left, best = len(need), 0, None
        for right, c in enumerate(s):
            if have[c] < wanted[c]:
                missing -= 1  # c was still short
            have[c] += 1
            if missing:
                continue
            # Shrink from the left while the window still covers `need`.
            while have[s[left]] > wanted[s[left]]:
                have[s[left]] -= 1
                left += 1
            if best is None or right + 1 - left < best[1] - best[0]:
                best = (left, right + 1)
            have[s[left]] -= 1  # give up the leftmost needed character and go on
            missing += 1
            left += 1
        return "" if best is None else s[best[0]:best[1]]
