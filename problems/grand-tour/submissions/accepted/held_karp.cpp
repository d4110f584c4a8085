// All-pairs distances by BFS, then dp[mask][v]: the shortest walk seeing `mask` and ending at v.
class Solution {
public:
    int grandTour(vector<vector<int>>& graph) {
        int n = graph.size();
        vector<vector<int>> dist(n, vector<int>(n, -1));
        for (int s = 0; s < n; s++) {
            deque<int> q = {s};
            dist[s][s] = 0;
            while (!q.empty()) {
                int v = q.front(); q.pop_front();
                for (int w : graph[v])
                    if (dist[s][w] < 0) { dist[s][w] = dist[s][v] + 1; q.push_back(w); }
            }
        }
        const int INF = 1 << 29;
        vector<vector<int>> dp(1 << n, vector<int>(n, INF));
        for (int v = 0; v < n; v++) dp[1 << v][v] = 0;
        for (int mask = 1; mask < (1 << n); mask++)
            for (int v = 0; v < n; v++) {
                if (dp[mask][v] >= INF || !(mask >> v & 1)) continue;
                for (int w = 0; w < n; w++)
                    if (!(mask >> w & 1)) {
                        int& to = dp[mask | 1 << w][w];
                        to = min(to, dp[mask][v] + dist[v][w]);
                    }
            }
        return *min_element(dp[(1 << n) - 1].begin(), dp[(1 << n) - 1].end());
    }
};
