// Kruskal's algorithm on n + 1 nodes: node n is the "sun", and village i's solar array is a
// line sun-i costing panels[i]. A cheapest plan is a minimum spanning tree of that graph.
class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    long long cheapestPower(vector<int>& panels, vector<vector<int>>& cables) {
        int n = panels.size();
        vector<array<int, 3>> lines;  // cost, a, b
        lines.reserve(cables.size() + n);
        for (auto& c : cables) lines.push_back({c[2], c[0], c[1]});
        for (int i = 0; i < n; i++) lines.push_back({panels[i], i, n});
        sort(lines.begin(), lines.end());
        parent.resize(n + 1);
        iota(parent.begin(), parent.end(), 0);
        long long total = 0;
        int joined = 0;
        for (auto& [cost, a, b] : lines) {
            int ra = find(a), rb = find(b);
            if (ra == rb) continue;
            parent[ra] = rb;
            total += cost;
            if (++joined == n) break;  // n + 1 nodes need n lines
        }
        return total;
    }
};
