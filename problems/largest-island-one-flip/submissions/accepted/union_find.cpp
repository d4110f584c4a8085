// Union-find over the land cells gives each island's root and size; then every water cell adds
// up the distinct roots around it.
class Solution {
    vector<int> parent, size;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    void join(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
    }

public:
    int largestIsland(vector<vector<int>>& grid) {
        int n = grid.size();
        parent.resize(n * n);
        size.assign(n * n, 1);
        iota(parent.begin(), parent.end(), 0);
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                if (!grid[r][c]) continue;
                if (r + 1 < n && grid[r + 1][c]) join(r * n + c, (r + 1) * n + c);
                if (c + 1 < n && grid[r][c + 1]) join(r * n + c, r * n + c + 1);
            }
        int best = 0;
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
                if (grid[r][c]) best = max(best, size[find(r * n + c)]);
        const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c]) continue;
                int roots[4], count = 0, total = 1;
                for (int d = 0; d < 4; d++) {
                    int y = r + dr[d], x = c + dc[d];
                    if (y < 0 || y >= n || x < 0 || x >= n || !grid[y][x]) continue;
                    int root = find(y * n + x);
                    bool counted = false;
                    for (int i = 0; i < count; i++) counted |= roots[i] == root;
                    if (counted) continue;
                    roots[count++] = root;
                    total += size[root];
                }
                best = max(best, total);
            }
        return best;
    }
};
