// Builds a minimum spanning forest of the lines first, then buys the cheapest array in each
// connected group. Wrong when an array is cheaper than a line inside a group: the lines are
// all bought before arrays are even considered.
class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    long long cheapestPower(vector<int>& panels, vector<vector<int>>& cables) {
        int n = panels.size();
        vector<array<int, 3>> lines;
        for (auto& c : cables) lines.push_back({c[2], c[0], c[1]});
        sort(lines.begin(), lines.end());
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        long long total = 0;
        for (auto& [cost, a, b] : lines) {
            int ra = find(a), rb = find(b);
            if (ra != rb) { parent[ra] = rb; total += cost; }
        }
        vector<int> cheapest(n, INT_MAX);
        for (int i = 0; i < n; i++) cheapest[find(i)] = min(cheapest[find(i)], panels[i]);
        for (int i = 0; i < n; i++)
            if (find(i) == i) total += cheapest[i];
        return total;
    }
};
