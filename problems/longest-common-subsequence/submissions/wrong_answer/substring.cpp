// Solves the longest common *substring* (contiguous): resets to 0 on a mismatch, so "abcde"
// and "ace" give 1 instead of 3.
class Solution {
public:
    int longestCommonSubsequence(string a, string b) {
        int n = a.size(), m = b.size(), best = 0;
        vector<vector<int>> L(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                if (a[i - 1] == b[j - 1]) best = max(best, L[i][j] = L[i - 1][j - 1] + 1);
        return best;
    }
};
