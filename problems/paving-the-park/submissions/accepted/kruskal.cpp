class Solution {
    vector<int> parent, size;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    int pavingCost(int n, vector<vector<int>>& paths) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        size.assign(n, 1);
        vector<int> order(paths.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int i, int j) { return paths[i][2] < paths[j][2]; });
        long long total = 0;
        int paved = 0;
        for (int i : order) {
            int a = find(paths[i][0]), b = find(paths[i][1]);
            if (a == b) continue;
            if (size[a] < size[b]) swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            total += paths[i][2];
            paved++;
        }
        return paved == n - 1 ? (int)total : -1;
    }
};
