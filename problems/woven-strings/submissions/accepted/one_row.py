class Solution:
    def isWoven(self, a: str, b: str, cloth: str) -> bool:
        if len(a) + len(b) != len(cloth):
            return False
        # ok[j]: cloth[:i+j] is a weave of a[:i] and b[:j], for the current row i.
        ok = [False] * (len(b) + 1)
        for i in range(len(a) + 1):
            for j in range(len(b) + 1):
                if i == 0 and j == 0:
                    ok[0] = True
                    continue
                c = cloth[i + j - 1]
                ok[j] = (i > 0 and ok[j] and a[i - 1] == c) or (j > 0 and ok[j - 1] and b[j - 1] == c)
        return ok[len(b)]
