// The prefix table, one row at a time.
class Solution {
public:
    bool globMatch(string name, string pattern) {
        size_t n = name.size();
        vector<char> ok(n + 1, 0), next(n + 1);
        ok[0] = 1;
        for (char c : pattern) {
            if (c == '*') {
                next[0] = ok[0];
                for (size_t j = 1; j <= n; j++) next[j] = ok[j] || next[j - 1];
            } else {
                next[0] = 0;
                for (size_t j = 1; j <= n; j++) next[j] = ok[j - 1] && (c == '?' || c == name[j - 1]);
            }
            swap(ok, next);
        }
        return ok[n];
    }
};
