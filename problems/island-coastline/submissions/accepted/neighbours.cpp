class Solution {
public:
    int coastline(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), total = 0;
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (!grid[r][c]) continue;
                for (int k = 0; k < 4; k++) {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || !grid[nr][nc]) total++;
                }
            }
        return total;
    }
};
