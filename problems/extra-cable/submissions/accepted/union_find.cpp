class Solution {
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    vector<int> extraCable(vector<vector<int>>& cables) {
        parent.resize(cables.size() + 1);
        iota(parent.begin(), parent.end(), 0);
        for (auto& c : cables) {
            int ra = find(c[0]), rb = find(c[1]);
            if (ra == rb) return c;
            parent[ra] = rb;
        }
        return {};
    }
};
