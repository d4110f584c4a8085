class Solution {
public:
    int maxLanternPoints(vector<int>& lanterns) {
        vector<int> v = {1};
        v.insert(v.end(), lanterns.begin(), lanterns.end());
        v.push_back(1);
        int m = v.size();
        vector<vector<int>> best(m, vector<int>(m, 0));
        for (int gap = 2; gap < m; gap++)
            for (int i = 0; i + gap < m; i++) {
                int j = i + gap, top = 0;
                for (int k = i + 1; k < j; k++)
                    top = max(top, best[i][k] + best[k][j] + v[i] * v[k] * v[j]);
                best[i][j] = top;
            }
        return best[0][m - 1];
    }
};
