// Kruskal's algorithm, but it never checks that everything got connected: when some kiosk is
// cut off it returns the cost of the partial network instead of -1.
class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    int pavingCost(int n, vector<vector<int>>& paths) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        sort(paths.begin(), paths.end(), [](auto& x, auto& y) { return x[2] < y[2]; });
        int total = 0;
        for (auto& p : paths) {
            int a = find(p[0]), b = find(p[1]);
            if (a == b) continue;
            parent[a] = b;
            total += p[2];
        }
        return total;
    }
};
