// Zones by right end; an overfull zone loses its rightmost remaining sensors.
class Solution {
    vector<int> tree, prev;
    int n;
    int find(int x) {
        while (prev[x] != x) x = prev[x] = prev[prev[x]];
        return x;
    }
    int prefix(int i) {
        int s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

public:
    int fewestRemovals(vector<int>& positions, vector<vector<int>>& zones, int k) {
        vector<int> ps(positions);
        sort(ps.begin(), ps.end());
        n = ps.size();
        tree.assign(n + 1, 0);
        prev.resize(n + 1);
        for (int i = 0; i <= n; i++) prev[i] = i;
        for (int i = 1; i <= n; i++)
            for (int j = i; j <= n; j += j & -j) tree[j]++;
        vector<vector<int>> zs(zones);
        sort(zs.begin(), zs.end(), [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int removed = 0;
        for (auto& z : zs) {
            int lo = lower_bound(ps.begin(), ps.end(), z[0]) - ps.begin();
            int hi = upper_bound(ps.begin(), ps.end(), z[1]) - ps.begin();
            int extra = prefix(hi) - prefix(lo) - k;
            while (extra-- > 0) {
                int i = find(hi) - 1;
                prev[i + 1] = i;
                for (int j = i + 1; j <= n; j += j & -j) tree[j]--;
                removed++;
            }
        }
        return removed;
    }
};
