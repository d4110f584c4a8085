// Top-down: paths from (r, c) to the goal, memoised; goes right or down.
class Solution {
    private static final long MOD = 1_000_000_007L;
    private long[][] memo;
    private int[][] grid;

    public int countPaths(int[][] grid) {
        this.grid = grid;
        int m = grid.length, n = grid[0].length;
        memo = new long[m][n];
        for (long[] row : memo) Arrays.fill(row, -1);
        // Fill from the goal backwards so that the recursion stays shallow.
        for (int r = m - 1; r >= 0; r--)
            for (int c = n - 1; c >= 0; c--) paths(r, c);
        return (int) paths(0, 0);
    }

    private long paths(int r, int c) {
        if (r >= grid.length || c >= grid[0].length || grid[r][c] == 1) return 0;
        if (memo[r][c] >= 0) return memo[r][c];
        long result = (r == grid.length - 1 && c == grid[0].length - 1)
                ? 1
                : (paths(r + 1, c) + paths(r, c + 1)) % MOD;
        return memo[r][c] = result;
    }
}
