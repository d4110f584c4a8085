// Nodes live in one vector (index 0 is the root); a child index of 0 means "no child", as the
// root is never anyone's child.
class Trie {
    vector<array<int, 26>> next{array<int, 26>{}};
    vector<bool> end{false};

    int walk(const string& s) const {
        int node = 0;
        for (char c : s) {
            node = next[node][c - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }

public:
    Trie() {}

    void insert(string word) {
        int node = 0;
        for (char c : word) {
            if (next[node][c - 'a'] == 0) {
                next[node][c - 'a'] = next.size();
                next.push_back(array<int, 26>{});
                end.push_back(false);
            }
            node = next[node][c - 'a'];
        }
        end[node] = true;
    }

    bool search(string word) {
        int node = walk(word);
        return node != -1 && end[node];
    }

    bool startsWith(string prefix) { return walk(prefix) != -1; }
};
