class WildcardLexicon {
    struct Node {
        int next[26];
        bool word = false;
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> nodes{1};  // nodes[0] is the root

    bool match(int v, const string& p, size_t i) const {
        if (i == p.size()) return nodes[v].word;
        if (p[i] != '?') {
            int c = nodes[v].next[p[i] - 'a'];
            return c >= 0 && match(c, p, i + 1);
        }
        for (int c : nodes[v].next)
            if (c >= 0 && match(c, p, i + 1)) return true;
        return false;
    }

public:
    WildcardLexicon() {}

    void addWord(string word) {
        int v = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (nodes[v].next[c] < 0) {
                nodes[v].next[c] = (int) nodes.size();
                nodes.emplace_back();
            }
            v = nodes[v].next[c];
        }
        nodes[v].word = true;
    }

    bool matches(string pattern) { return match(0, pattern, 0); }
};
