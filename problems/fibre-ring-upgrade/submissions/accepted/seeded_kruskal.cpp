// Free links go into the union-find first; then the offers, cheapest first.
class Solution {
    vector<int> parent, sz;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    bool unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return false;
        if (sz[a] < sz[b]) swap(a, b);
        parent[b] = a;
        sz[a] += sz[b];
        return true;
    }

public:
    int upgradeCost(int n, vector<vector<int>>& existing, vector<vector<int>>& offers) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        sz.assign(n, 1);
        int groups = n;
        for (auto& e : existing)
            if (unite(e[0], e[1])) groups--;
        vector<int> order(offers.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int i, int j) { return offers[i][2] < offers[j][2]; });
        long long total = 0;
        for (int i : order)
            if (unite(offers[i][0], offers[i][1])) {
                groups--;
                total += offers[i][2];
            }
        return groups == 1 ? (int)total : -1;
    }
};
