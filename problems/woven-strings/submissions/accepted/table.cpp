class Solution {
public:
    bool isWoven(string a, string b, string cloth) {
        size_t n = a.size(), m = b.size();
        if (n + m != cloth.size()) return false;
        vector<vector<char>> ok(n + 1, vector<char>(m + 1, 0));
        ok[0][0] = 1;
        for (size_t i = 0; i <= n; i++)
            for (size_t j = 0; j <= m; j++) {
                if (i > 0 && ok[i - 1][j] && a[i - 1] == cloth[i + j - 1]) ok[i][j] = 1;
                if (j > 0 && ok[i][j - 1] && b[j - 1] == cloth[i + j - 1]) ok[i][j] = 1;
            }
        return ok[n][m];
    }
};
