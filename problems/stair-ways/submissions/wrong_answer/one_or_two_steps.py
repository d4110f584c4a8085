# Forgets the 3-step move: counts the ways with moves of 1 and 2 only (Fibonacci numbers),
# so n = 3 gives 3 instead of 4.
class Solution:
    def stairWays(self, n: int) -> int:
        MOD = 10**9 + 7
        a, b = 1, 1
        for _ in range(n - 1):
            a, b = b, (a + b) % MOD
        return b
