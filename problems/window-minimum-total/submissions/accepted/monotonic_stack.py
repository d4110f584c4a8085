class Solution:
    def windowMinimumTotal(self, a: List[int]) -> int:
        MOD = 10**9 + 7
        n, total, stack = len(a), 0, []
        for j in range(n + 1):
            x = a[j] if j < n else 0
            # j is the right boundary (<=) of every popped index; the index below each popped
            # one is its left boundary (strictly smaller).
            while stack and x <= a[stack[-1]]:
                i = stack.pop()
                left = stack[-1] if stack else -1
                total += a[i] * (i - left) * (j - i)
            stack.append(j)
        return total % MOD
