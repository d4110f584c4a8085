class Solution {
public:
    long long cheapestTrip(int n, vector<vector<int>>& roads, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& r : roads) {
            adj[r[0]].push_back({r[1], r[2]});
            adj[r[1]].push_back({r[0], r[2]});
        }
        const long long INF = LLONG_MAX;
        int width = k + 1;
        vector<long long> dist((size_t)n * width, INF);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
        dist[src * width] = 0;
        heap.push({0, src * width});
        while (!heap.empty()) {
            auto [d, s] = heap.top();
            heap.pop();
            if (d > dist[s]) continue;
            int u = s / width, j = s % width;
            for (auto [v, c] : adj[u]) {
                int t = v * width + j;
                if (d + c < dist[t]) {
                    dist[t] = d + c;
                    heap.push({dist[t], t});
                }
                if (j < k && d < dist[t + 1]) {
                    dist[t + 1] = d;
                    heap.push({d, t + 1});
                }
            }
        }
        long long best = INF;
        for (int j = 0; j <= k; j++) best = min(best, dist[dst * width + j]);
        return best == INF ? -1 : best;
    }
};
