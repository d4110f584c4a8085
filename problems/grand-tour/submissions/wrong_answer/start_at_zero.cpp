// The same state BFS, but the tour always starts in room 0.
class Solution {
public:
    int grandTour(vector<vector<int>>& graph) {
        int n = graph.size(), full = (1 << n) - 1;
        vector<vector<int>> dist(1 << n, vector<int>(n, -1));
        deque<pair<int, int>> q;
        dist[1][0] = 0;
        q.push_back({1, 0});
        while (!q.empty()) {
            auto [mask, v] = q.front(); q.pop_front();
            if (mask == full) return dist[mask][v];
            for (int w : graph[v]) {
                int nm = mask | 1 << w;
                if (dist[nm][w] < 0) { dist[nm][w] = dist[mask][v] + 1; q.push_back({nm, w}); }
            }
        }
        return 0;
    }
};
