// Backtracking over the first piece, with a precomputed table of palindromic substrings.
class Solution {
    string s;
    vector<vector<char>> pal;
    vector<string> pieces;
    vector<vector<string>> ways;

    void cut(int start) {
        int n = s.size();
        if (start == n) {
            ways.push_back(pieces);
            return;
        }
        for (int end = start; end < n; end++) {
            if (!pal[start][end]) continue;
            pieces.push_back(s.substr(start, end - start + 1));
            cut(end + 1);
            pieces.pop_back();
        }
    }

public:
    vector<vector<string>> ribbonCuts(string text) {
        s = text;
        int n = s.size();
        pal.assign(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        cut(0);
        return ways;
    }
};
