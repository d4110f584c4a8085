// Ignores how often each search was made: proposes the first three distinct searches in
// dictionary order (a depth-first walk of the trie below the typed prefix).
class Solution {
    vector<array<int, 26>> child;
    vector<char> isWord;

    void collect(int node, string& path, vector<string>& row) {
        if (row.size() == 3) return;
        if (isWord[node]) row.push_back(path);
        for (int c = 0; c < 26 && row.size() < 3; c++) {
            if (!child[node][c]) continue;
            path.push_back('a' + c);
            collect(child[node][c], path, row);
            path.pop_back();
        }
    }

public:
    vector<vector<string>> suggest(vector<string>& history, vector<string>& prefixes) {
        child.assign(1, {});
        isWord.assign(1, 0);
        for (const string& w : history) {
            int node = 0;
            for (char ch : w) {
                int c = ch - 'a';
                if (!child[node][c]) {
                    child[node][c] = child.size();
                    child.emplace_back();
                    child.back().fill(0);
                    isWord.push_back(0);
                }
                node = child[node][c];
            }
            isWord[node] = 1;
        }
        vector<vector<string>> out;
        for (const string& p : prefixes) {
            int node = 0;
            for (char ch : p) {
                node = child[node][ch - 'a'];
                if (!node) break;
            }
            vector<string> row;
            string path = p;
            if (node) collect(node, path, row);
            out.push_back(row);
        }
        return out;
    }
};
