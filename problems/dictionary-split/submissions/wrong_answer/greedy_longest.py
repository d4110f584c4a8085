# Always takes the longest word that matches at the current position, never backtracks.
class Solution:
    def canSplit(self, s: str, words: List[str]) -> bool:
        have = set(words)
        i = 0
        while i < len(s):
            for k in range(min(20, len(s) - i), 0, -1):
                if s[i:i + k] in have:
                    i += k
                    break
            else:
                return False
        return True
