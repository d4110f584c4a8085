class Solution:
    def countDecodings(self, digits: str) -> int:
        MOD = 10**9 + 7
        before, last = 0, 1  # readings of the prefixes two and one digit shorter
        prev = ""
        for d in digits:
            now = last if d != "0" else 0
            if prev == "1" or (prev == "2" and d <= "6"):
                now += before
            before, last, prev = last, now % MOD, d
        return last
