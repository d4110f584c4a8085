class Solution {
    struct Node {
        int next[26];
        int word = -1;  // index into words, or -1
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> trie;
    vector<string> found;
    int rows = 0, cols = 0;

    void dfs(vector<vector<char>>& grid, const vector<string>& words, int r, int c, int v) {
        char ch = grid[r][c];
        int u = trie[v].next[ch - 'a'];
        if (u < 0) return;
        if (trie[u].word >= 0) {
            found.push_back(words[trie[u].word]);
            trie[u].word = -1;
        }
        grid[r][c] = '#';
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int k = 0; k < 4; k++) {
            int rr = r + dr[k], cc = c + dc[k];
            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && grid[rr][cc] != '#')
                dfs(grid, words, rr, cc, u);
        }
        grid[r][c] = ch;
    }

public:
    vector<string> huntWords(vector<vector<char>>& grid, vector<string>& words) {
        trie.assign(1, Node());
        found.clear();
        for (int i = 0; i < (int) words.size(); i++) {
            int v = 0;
            for (char ch : words[i]) {
                if (trie[v].next[ch - 'a'] < 0) {
                    trie[v].next[ch - 'a'] = (int) trie.size();
                    trie.emplace_back();
                }
                v = trie[v].next[ch - 'a'];
            }
            trie[v].word = i;
        }
        rows = grid.size();
        cols = grid[0].size();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) dfs(grid, words, r, c, 0);
        return found;
    }
};
