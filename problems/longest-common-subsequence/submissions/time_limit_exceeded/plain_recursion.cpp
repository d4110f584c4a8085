// Right answers, but the recursion without a memo: every mismatch branches in two, so the same
// (i, j) suffixes are solved over and over, exponentially often (2^(n+m) calls at worst).
class Solution {
    string a, b;

    int lcs(int i, int j) {
        if (i == (int) a.size() || j == (int) b.size()) return 0;
        if (a[i] == b[j]) return 1 + lcs(i + 1, j + 1);
        return max(lcs(i + 1, j), lcs(i, j + 1));
    }

public:
    int longestCommonSubsequence(string a, string b) {
        this->a = a;
        this->b = b;
        return lcs(0, 0);
    }
};
