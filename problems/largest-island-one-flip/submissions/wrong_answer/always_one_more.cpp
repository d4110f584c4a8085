// Adds one more cell whenever the largest island already fills the grid, as if a water cell
// were always there to turn: an all-land grid gives n² + 1.
class Solution {
public:
    int largestIsland(vector<vector<int>>& grid) {
        int n = grid.size(), best = 0;
        vector<vector<int>> label(n, vector<int>(n, 0));
        vector<int> sizes(1, 0);
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                if (!grid[r][c] || label[r][c]) continue;
                int island = sizes.size();
                sizes.push_back(0);
                vector<pair<int, int>> stack = {{r, c}};
                label[r][c] = island;
                while (!stack.empty()) {
                    auto [y, x] = stack.back();
                    stack.pop_back();
                    sizes[island]++;
                    int dy[] = {-1, 1, 0, 0}, dx[] = {0, 0, -1, 1};
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < n && nx >= 0 && nx < n && grid[ny][nx] && !label[ny][nx]) {
                            label[ny][nx] = island;
                            stack.push_back({ny, nx});
                        }
                    }
                }
                best = max(best, sizes[island]);
            }
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c]) continue;
                set<int> near;
                if (r > 0) near.insert(label[r - 1][c]);
                if (r + 1 < n) near.insert(label[r + 1][c]);
                if (c > 0) near.insert(label[r][c - 1]);
                if (c + 1 < n) near.insert(label[r][c + 1]);
                int total = 1;
                for (int i : near) total += sizes[i];
                best = max(best, total);
            }
        return best + (best == n * n ? 1 : 0);
    }
};
