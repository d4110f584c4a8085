// Dijkstra over cities, counting stops only along the cheapest path: a city reached cheaply
// with many stops is settled, and the dearer route with fewer stops is never tried.
class Solution {
public:
    int cheapestFare(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> out(n);
        for (auto& f : flights) out[f[0]].push_back({f[1], f[2]});
        vector<int> fare(n, INT_MAX), used(n, 0);
        vector<bool> done(n, false);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        fare[src] = 0;
        heap.push({0, src});
        while (!heap.empty()) {
            auto [f, u] = heap.top();
            heap.pop();
            if (done[u]) continue;
            done[u] = true;
            if (u == dst) return f;
            if (used[u] > k) continue;
            for (auto [v, p] : out[u])
                if (f + p < fare[v]) {
                    fare[v] = f + p;
                    used[v] = used[u] + 1;
                    heap.push({fare[v], v});
                }
        }
        return -1;
    }
};
