// The whole table ways[0..n].
class Solution {
    public int stairWays(int n) {
        final long MOD = 1_000_000_007L;
        long[] ways = new long[n + 1];
        ways[0] = 1;
        for (int i = 1; i <= n; i++) {
            long total = ways[i - 1];
            if (i >= 2) total += ways[i - 2];
            if (i >= 3) total += ways[i - 3];
            ways[i] = total % MOD;
        }
        return (int) ways[n];
    }
}
