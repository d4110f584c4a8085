// Calls a piece a palindrome when its first and last letters match, without looking inside:
// "abca" is taken for one.
class Solution {
    string s;
    vector<string> pieces;
    vector<vector<string>> ways;

    void cut(int start) {
        int n = s.size();
        if (start == n) {
            ways.push_back(pieces);
            return;
        }
        for (int end = start; end < n; end++) {
            if (s[start] != s[end]) continue;
            pieces.push_back(s.substr(start, end - start + 1));
            cut(end + 1);
            pieces.pop_back();
        }
    }

public:
    vector<vector<string>> ribbonCuts(string text) {
        s = text;
        cut(0);
        return ways;
    }
};
