// dp[j] = total of the minimums of the windows ending at j = dp[L] + a[j] * (j - L), where L is
// the nearest strictly smaller value to the left (its windows keep their own minimums).
class Solution {
    public int windowMinimumTotal(int[] a) {
        final long MOD = 1_000_000_007L;
        int n = a.length;
        long[] dp = new long[n];
        int[] stack = new int[n];
        int top = 0;
        long total = 0;
        for (int j = 0; j < n; j++) {
            while (top > 0 && a[stack[top - 1]] >= a[j]) top--;
            int left = top > 0 ? stack[top - 1] : -1;
            dp[j] = ((left >= 0 ? dp[left] : 0) + (long) a[j] * (j - left)) % MOD;
            stack[top++] = j;
            total = (total + dp[j]) % MOD;
        }
        return (int) total;
    }
}
