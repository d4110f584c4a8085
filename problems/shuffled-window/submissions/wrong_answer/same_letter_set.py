# Compares which letters occur in each window, not how often.
class Solution:
    def hasShuffledWord(self, word: str, text: str) -> bool:
        m, letters = len(word), set(word)
        if m > len(text):
            return False
        have = Counter(text[:m])
        if set(have) == letters:
            return True
        for i in range(m, len(text)):
            have[text[i]] += 1
            have[text[i - m]] -= 1
            if have[text[i - m]] == 0:
                del have[text[i - m]]
            if set(have) == letters:
                return True
        return False
