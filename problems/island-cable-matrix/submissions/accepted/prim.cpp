// O(n^2) Prim: pick the cheapest outside island, then relax its row.
class Solution {
public:
    int cheapestCables(vector<vector<int>>& cost) {
        int n = cost.size();
        vector<long long> best(n, LLONG_MAX);
        vector<bool> inside(n, false);
        best[0] = 0;
        long long total = 0;
        for (int round = 0; round < n; round++) {
            int j = -1;
            for (int k = 0; k < n; k++)
                if (!inside[k] && (j < 0 || best[k] < best[j])) j = k;
            inside[j] = true;
            total += best[j];
            for (int k = 0; k < n; k++)
                if (!inside[k] && cost[j][k] < best[k]) best[k] = cost[j][k];
        }
        return (int)total;
    }
};
