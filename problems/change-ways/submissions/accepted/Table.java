// The same recurrence over one row of counts, reduced modulo 10^9 + 7 at every step.
class Solution {
    public int changeWays(int amount, int[] coins) {
        final int mod = 1_000_000_007;
        int[] ways = new int[amount + 1];
        ways[0] = 1;
        for (int c : coins)
            for (int s = c; s <= amount; s++) ways[s] = (ways[s] + ways[s - c]) % mod;
        return ways[amount];
    }
}
