// Sets the whole first row and column to 1 (ignoring rocks there), as in the rock-free
// problem: a rock on the border no longer cuts off the cells after it.
class Solution {
public:
    int countPaths(vector<vector<int>>& grid) {
        const long long MOD = 1000000007;
        int m = grid.size(), n = grid[0].size();
        if (grid[0][0] || grid[m - 1][n - 1]) return 0;
        vector<vector<long long>> ways(m, vector<long long>(n, 1));
        for (int r = 1; r < m; r++)
            for (int c = 1; c < n; c++)
                ways[r][c] = grid[r][c] ? 0 : (ways[r - 1][c] + ways[r][c - 1]) % MOD;
        return ways[m - 1][n - 1];
    }
};
