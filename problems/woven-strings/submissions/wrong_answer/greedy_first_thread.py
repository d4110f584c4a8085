# Takes the bead from a whenever it matches, from b otherwise: wrong when both threads match.
class Solution:
    def isWoven(self, a: str, b: str, cloth: str) -> bool:
        if len(a) + len(b) != len(cloth):
            return False
        i = j = 0
        for c in cloth:
            if i < len(a) and a[i] == c:
                i += 1
            elif j < len(b) and b[j] == c:
                j += 1
            else:
                return False
        return True
