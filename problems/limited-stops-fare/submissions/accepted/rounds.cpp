class Solution {
public:
    int cheapestFare(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        const int INF = INT_MAX;
        vector<int> best(n, INF);
        best[src] = 0;
        for (int round = 0; round <= k; round++) {
            vector<int> next = best;  // read the previous round only
            for (auto& f : flights)
                if (best[f[0]] != INF && best[f[0]] + f[2] < next[f[1]]) next[f[1]] = best[f[0]] + f[2];
            best = next;
        }
        return best[dst] == INF ? -1 : best[dst];
    }
};
