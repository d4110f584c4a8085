class Solution {
public:
    int editDistance(string a, string b) {
        int n = a.size(), m = b.size();
        vector<vector<int>> D(n + 1, vector<int>(m + 1));
        for (int i = 0; i <= n; i++) D[i][0] = i;
        for (int j = 0; j <= m; j++) D[0][j] = j;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                D[i][j] = min({D[i - 1][j] + 1, D[i][j - 1] + 1, D[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
        return D[n][m];
    }
};
