class Solution:
    def isCipher(self, plain: str, coded: str) -> bool:
        to, back = {}, {}
        for p, c in zip(plain, coded):
            # setdefault records the pair the first time and returns the recorded partner
            if to.setdefault(p, c) != c or back.setdefault(c, p) != p:
                return False
        return True
