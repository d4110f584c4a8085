// A grid DP that only moves right and down: misses routes that turn back up or left.
class Solution {
public:
    int gentlestHike(vector<vector<int>>& h) {
        int m = h.size(), n = h[0].size();
        vector<vector<int>> best(m, vector<int>(n, INT_MAX));
        best[0][0] = 0;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (r > 0) best[r][c] = min(best[r][c], max(best[r - 1][c], abs(h[r][c] - h[r - 1][c])));
                if (c > 0) best[r][c] = min(best[r][c], max(best[r][c - 1], abs(h[r][c] - h[r][c - 1])));
            }
        return best[m - 1][n - 1];
    }
};
