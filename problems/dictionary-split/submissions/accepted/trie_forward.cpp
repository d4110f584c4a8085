// A trie of the words; from every reachable start, walk the trie along s and mark each end.
class Solution {
public:
    bool canSplit(string s, vector<string>& words) {
        vector<array<int, 26>> trie(1);
        vector<bool> end(1, false);
        trie[0].fill(-1);
        for (auto& w : words) {
            int v = 0;
            for (char ch : w) {
                int c = ch - 'a';
                if (trie[v][c] < 0) {
                    trie[v][c] = trie.size();
                    trie.emplace_back();
                    trie.back().fill(-1);
                    end.push_back(false);
                }
                v = trie[v][c];
            }
            end[v] = true;
        }
        int n = s.size();
        vector<bool> ok(n + 1, false);
        ok[0] = true;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) continue;
            for (int j = i, v = 0; j < n; j++) {
                v = trie[v][s[j] - 'a'];
                if (v < 0) break;
                if (end[v]) ok[j + 1] = true;
            }
        }
        return ok[n];
    }
};
