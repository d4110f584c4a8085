# On a repeat, starts the window over at the repeated character, which throws away the part
# after its first occurrence: "dvdf" gives 2.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
