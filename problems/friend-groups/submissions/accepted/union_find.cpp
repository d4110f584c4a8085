class Solution {
    vector<int> parent, size;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    int countGroups(int n, vector<vector<int>>& links) {
        parent.resize(n);
        size.assign(n, 1);
        iota(parent.begin(), parent.end(), 0);
        int groups = n;
        for (auto& link : links) {
            int a = find(link[0]), b = find(link[1]);
            if (a == b) continue;
            if (size[a] < size[b]) swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            groups--;
        }
        return groups;
    }
};
