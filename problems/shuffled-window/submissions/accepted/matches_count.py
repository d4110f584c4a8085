class Solution:
    def hasShuffledWord(self, word: str, text: str) -> bool:
        m, n = len(word), len(text)
        if m > n:
            return False
        need, have = [0] * 26, [0] * 26
        for c in word:
            need[ord(c) - 97] += 1
        for c in text[:m]:
            have[ord(c) - 97] += 1
        matches = sum(need[c] == have[c] for c in range(26))

        def change(c, delta):
            nonlocal matches
            matches -= have[c] == need[c]
            have[c] += delta
            matches += have[c] == need[c]

        for i in range(m, n):
            if matches == 26:
                return True
            change(ord(text[i]) - 97, 1)
            change(ord(text[i - m]) - 97, -1)
        return matches == 26
