class Solution:
    def columnLabel(self, n: int) -> str:
        out = []
        while n > 0:
            n -= 1  # letters are worth 1..26; shifting makes them an ordinary digit 0..25
            out.append(chr(ord("A") + n % 26))
            n //= 26
        return "".join(reversed(out))
