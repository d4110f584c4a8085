# Checks only that each plain glyph keeps one code; two glyphs sharing a code go unnoticed.
class Solution:
    def isCipher(self, plain: str, coded: str) -> bool:
        to = {}
        for p, c in zip(plain, coded):
            if to.setdefault(p, c) != c:
                return False
        return True
