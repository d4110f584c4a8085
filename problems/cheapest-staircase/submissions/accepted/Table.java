// The full table best[i] (cheapest total standing on step i), then the cheaper of the last two.
class Solution {
    public long cheapestClimb(long[] tolls) {
        int n = tolls.length;
        if (n == 1) return 0;
        long[] best = new long[n];
        best[0] = tolls[0];
        best[1] = tolls[1];
        for (int i = 2; i < n; i++) best[i] = tolls[i] + Math.min(best[i - 1], best[i - 2]);
        return Math.min(best[n - 1], best[n - 2]);
    }
}
