class Solution {
    void climb(vector<vector<int>>& h, vector<vector<char>>& seen, vector<pair<int, int>> queue) {
        int rows = h.size(), cols = h[0].size();
        for (auto [r, c] : queue) seen[r][c] = 1;
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (size_t k = 0; k < queue.size(); k++) {
            auto [r, c] = queue[k];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]) continue;
                if (h[nr][nc] < h[r][c]) continue;
                seen[nr][nc] = 1;
                queue.push_back({nr, nc});
            }
        }
    }

public:
    vector<vector<int>> twoCoasts(vector<vector<int>>& heights) {
        int rows = heights.size(), cols = heights[0].size();
        vector<pair<int, int>> north, south;
        for (int c = 0; c < cols; c++) { north.push_back({0, c}); south.push_back({rows - 1, c}); }
        for (int r = 0; r < rows; r++) { north.push_back({r, 0}); south.push_back({r, cols - 1}); }
        vector<vector<char>> a(rows, vector<char>(cols, 0)), b = a;
        // A corner is a start twice; looking at its neighbours twice is harmless.
        climb(heights, a, north);
        climb(heights, b, south);
        vector<vector<int>> out;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (a[r][c] && b[r][c]) out.push_back({r, c});
        return out;
    }
};
