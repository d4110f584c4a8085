class Solution {
public:
    int largestSquarePlot(vector<string>& land) {
        int n = land[0].size(), best = 0;
        vector<int> prev(n + 1, 0), cur(n + 1, 0);
        for (auto& row : land) {
            for (int c = 0; c < n; c++) {
                cur[c + 1] = row[c] == '1' ? 1 + min({prev[c + 1], cur[c], prev[c]}) : 0;
                best = max(best, cur[c + 1]);
            }
            swap(prev, cur);
        }
        return best * best;
    }
};
