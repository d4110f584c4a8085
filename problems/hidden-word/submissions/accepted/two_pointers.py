class Solution:
    def isHidden(self, word: str, text: str) -> bool:
        i, n = 0, len(word)
        for c in text:
            if i < n and word[i] == c:  # the earliest match is always safe to take
                i += 1
        return i == n
