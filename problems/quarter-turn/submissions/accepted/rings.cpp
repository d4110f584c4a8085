// Ring by ring, four pixels at a time around each ring.
class Solution {
public:
    void quarterTurn(vector<vector<int>>& p) {
        int n = p.size();
        for (int r = 0; r < n / 2; r++)
            for (int c = r; c < n - 1 - r; c++) {
                int keep = p[r][c];
                p[r][c] = p[n - 1 - c][r];
                p[n - 1 - c][r] = p[n - 1 - r][n - 1 - c];
                p[n - 1 - r][n - 1 - c] = p[c][n - 1 - r];
                p[c][n - 1 - r] = keep;
            }
    }
};
