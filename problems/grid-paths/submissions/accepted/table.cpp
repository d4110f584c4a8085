class Solution {
public:
    int countPaths(vector<vector<int>>& grid) {
        const long long MOD = 1000000007;
        int m = grid.size(), n = grid[0].size();
        vector<vector<long long>> ways(m, vector<long long>(n, 0));
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c]) continue;
                if (r == 0 && c == 0) ways[r][c] = 1;
                else ways[r][c] = ((r ? ways[r - 1][c] : 0) + (c ? ways[r][c - 1] : 0)) % MOD;
            }
        return ways[m - 1][n - 1];
    }
};
