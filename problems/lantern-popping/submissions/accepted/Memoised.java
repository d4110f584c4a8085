// Top-down version of the same recurrence: the most points for the lanterns strictly between
// padded positions i and j, splitting on the one popped last.
class Solution {
    private int[] v;
    private int[][] memo;

    public int maxLanternPoints(int[] lanterns) {
        int n = lanterns.length;
        v = new int[n + 2];
        v[0] = v[n + 1] = 1;
        System.arraycopy(lanterns, 0, v, 1, n);
        memo = new int[n + 2][n + 2];
        for (int[] row : memo) Arrays.fill(row, -1);
        return best(0, n + 1);
    }

    private int best(int i, int j) {
        if (j - i < 2) return 0;
        if (memo[i][j] >= 0) return memo[i][j];
        int top = 0;
        for (int k = i + 1; k < j; k++)
            top = Math.max(top, best(i, k) + best(k, j) + v[i] * v[k] * v[j]);
        return memo[i][j] = top;
    }
}
