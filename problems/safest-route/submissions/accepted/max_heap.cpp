class Solution {
public:
    double safestRoute(int n, vector<vector<int>>& trails, vector<double>& chance, int start, int goal) {
        vector<vector<pair<int, double>>> adj(n);
        for (size_t i = 0; i < trails.size(); i++) {
            adj[trails[i][0]].push_back({trails[i][1], chance[i]});
            adj[trails[i][1]].push_back({trails[i][0], chance[i]});
        }
        vector<double> best(n, 0.0);
        best[start] = 1.0;
        priority_queue<pair<double, int>> heap;  // a max-heap: the safest camp first
        heap.push({1.0, start});
        while (!heap.empty()) {
            auto [c, u] = heap.top();
            heap.pop();
            if (c < best[u]) continue;
            if (u == goal) return c;
            for (auto [v, p] : adj[u])
                if (c * p > best[v]) {
                    best[v] = c * p;
                    heap.push({best[v], v});
                }
        }
        return 0.0;
    }
};
