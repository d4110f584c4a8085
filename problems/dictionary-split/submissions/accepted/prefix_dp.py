class Solution:
    def canSplit(self, s: str, words: List[str]) -> bool:
        have = set(words)
        longest = max(map(len, words))
        n = len(s)
        ok = [True] + [False] * n  # ok[i]: s[:i] can be split
        for i in range(1, n + 1):
            for k in range(1, min(longest, i) + 1):
                if ok[i - k] and s[i - k:i] in have:
                    ok[i] = True
                    break
        return ok[n]
