# Checks that text has enough copies of every letter, but not their order.
class Solution:
    def isHidden(self, word: str, text: str) -> bool:
        have = Counter(text)
        return all(have[c] >= k for c, k in Counter(word).items())
