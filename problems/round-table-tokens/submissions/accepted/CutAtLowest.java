// The row from a lowest guest round to the same guest again, two passes, one copy removed.
class Solution {
    public long fewestTokens(int[] scores) {
        int n = scores.length, m = 0;
        for (int i = 1; i < n; i++) if (scores[i] < scores[m]) m = i;
        int[] row = new int[n + 1];
        for (int k = 0; k <= n; k++) row[k] = scores[(m + k) % n];
        long[] t = new long[n + 1];
        Arrays.fill(t, 1);
        for (int i = 1; i <= n; i++) if (row[i] > row[i - 1]) t[i] = t[i - 1] + 1;
        for (int i = n - 1; i >= 0; i--) if (row[i] > row[i + 1]) t[i] = Math.max(t[i], t[i + 1] + 1);
        long total = -1;
        for (long x : t) total += x;
        return total;
    }
}
