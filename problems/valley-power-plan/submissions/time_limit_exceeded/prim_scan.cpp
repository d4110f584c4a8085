// Right answers: Prim's algorithm from the "sun" (every village starts at its array's price),
// but each step scans all villages for the cheapest unpowered one: O(n^2), 10^10 steps for
// 10^5 villages.
class Solution {
public:
    long long cheapestPower(vector<int>& panels, vector<vector<int>>& cables) {
        int n = panels.size();
        vector<vector<pair<int,int>>> adj(n);
        for (auto& c : cables) { adj[c[0]].push_back({c[1], c[2]}); adj[c[1]].push_back({c[0], c[2]}); }
        // Prim from the "sun" node: every village starts at its panel price.
        vector<long long> dist(panels.begin(), panels.end());
        vector<char> in(n, 0);
        long long total = 0;
        for (int step = 0; step < n; step++) {
            int best = -1;
            for (int v = 0; v < n; v++)
                if (!in[v] && (best < 0 || dist[v] < dist[best])) best = v;
            in[best] = 1;
            total += dist[best];
            for (auto [w, c] : adj[best]) if (!in[w] && c < dist[w]) dist[w] = c;
        }
        return total;
    }
};
