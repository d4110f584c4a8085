// Every pair of stakes as opposite corners; the two other corners are looked up in a hash set.
class Solution {
    static long long key(long long x, long long y) { return (x + 50000) * 100001 + (y + 50000); }
public:
    long long smallestPlot(vector<vector<int>>& stakes) {
        unordered_set<long long> points;
        points.reserve(stakes.size() * 2);
        for (auto& p : stakes) points.insert(key(p[0], p[1]));
        long long best = 0;
        int n = stakes.size();
        for (int i = 0; i < n; i++) {
            long long x1 = stakes[i][0], y1 = stakes[i][1];
            for (int j = i + 1; j < n; j++) {
                long long x2 = stakes[j][0], y2 = stakes[j][1];
                if (x1 == x2 || y1 == y2) continue;  // not opposite corners of a real plot
                long long area = llabs(x1 - x2) * llabs(y1 - y2);
                if (best != 0 && area >= best) continue;
                if (points.count(key(x1, y2)) && points.count(key(x2, y1))) best = area;
            }
        }
        return best;
    }
};
