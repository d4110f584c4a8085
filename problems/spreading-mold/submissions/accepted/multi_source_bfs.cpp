class Solution {
public:
    int minutesUntilMoldy(vector<vector<int>>& shelf) {
        int m = shelf.size(), n = shelf[0].size(), fresh = 0;
        vector<int> dist(m * n, -1), queue;
        queue.reserve(m * n);
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (shelf[r][c] == 2) { dist[r * n + c] = 0; queue.push_back(r * n + c); }
                else if (shelf[r][c] == 1) fresh++;
            }
        int last = 0;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (size_t head = 0; head < queue.size(); head++) {
            int r = queue[head] / n, c = queue[head] % n;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= m || nc < 0 || nc >= n) continue;
                if (shelf[nr][nc] != 1 || dist[nr * n + nc] >= 0) continue;
                dist[nr * n + nc] = last = dist[r * n + c] + 1;
                fresh--;
                queue.push_back(nr * n + nc);
            }
        }
        return fresh ? -1 : last;
    }
};
