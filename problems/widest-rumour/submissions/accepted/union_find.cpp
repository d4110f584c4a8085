class Solution {
    vector<int> parent, size;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    int widestRumour(int n, vector<vector<int>>& friendships) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        size.assign(n, 1);
        int best = 1;
        for (auto& f : friendships) {
            int a = find(f[0]), b = find(f[1]);
            if (a == b) continue;
            if (size[a] < size[b]) swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            best = max(best, size[a]);
        }
        return best;
    }
};
