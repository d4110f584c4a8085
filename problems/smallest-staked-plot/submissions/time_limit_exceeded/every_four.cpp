// Right answers, but tries every set of four stakes: C(1000, 4), about 4 * 10^10 sets.
class Solution {
public:
    long long smallestPlot(vector<vector<int>>& stakes) {
        int n = stakes.size();
        long long best = 0;
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
                for (int c = b + 1; c < n; c++)
                    for (int d = c + 1; d < n; d++) {
                        vector<pair<int, int>> q = {{stakes[a][0], stakes[a][1]}, {stakes[b][0], stakes[b][1]},
                                                    {stakes[c][0], stakes[c][1]}, {stakes[d][0], stakes[d][1]}};
                        sort(q.begin(), q.end());
                        // Sorted corners of a plot: (x1,y1), (x1,y2), (x2,y1), (x2,y2).
                        if (q[0].first == q[1].first && q[2].first == q[3].first && q[0].first < q[2].first &&
                            q[0].second == q[2].second && q[1].second == q[3].second && q[0].second < q[1].second) {
                            long long area = (long long) (q[2].first - q[0].first) * (q[1].second - q[0].second);
                            if (best == 0 || area < best) best = area;
                        }
                    }
        return best;
    }
};
