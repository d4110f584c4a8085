class Solution:
    def stairWays(self, n: int) -> int:
        MOD = 10**9 + 7
        a, b, c = 0, 0, 1  # ways(i - 3), ways(i - 2), ways(i - 1) for i = 1
        for _ in range(n):
            a, b, c = b, c, (a + b + c) % MOD
        return c
