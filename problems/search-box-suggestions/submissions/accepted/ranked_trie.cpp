// Count each distinct search, rank them (more searches first, then dictionary order), and insert
// them into a trie best first: every node keeps the first three words that pass through it,
// which are that prefix's top three. A query walks down to its node.
class Solution {
public:
    vector<vector<string>> suggest(vector<string>& history, vector<string>& prefixes) {
        unordered_map<string, int> counts;
        for (const string& h : history) counts[h]++;
        vector<pair<int, string>> ranked;
        for (auto& [w, c] : counts) ranked.push_back({-c, w});
        sort(ranked.begin(), ranked.end());

        vector<array<int, 26>> child(1);
        child[0].fill(0);
        vector<array<int, 3>> top(1);
        vector<int> size(1, 0);
        for (int r = 0; r < (int)ranked.size(); r++) {
            int node = 0;
            for (char ch : ranked[r].second) {
                int c = ch - 'a';
                if (!child[node][c]) {
                    child[node][c] = child.size();
                    child.emplace_back();
                    child.back().fill(0);
                    top.emplace_back();
                    size.push_back(0);
                }
                node = child[node][c];
                if (size[node] < 3) top[node][size[node]++] = r;
            }
        }

        vector<vector<string>> out;
        out.reserve(prefixes.size());
        for (const string& p : prefixes) {
            int node = 0;
            for (char ch : p) {
                node = child[node][ch - 'a'];
                if (!node) break;
            }
            vector<string> row;
            if (node)
                for (int i = 0; i < size[node]; i++) row.push_back(ranked[top[node][i]].second);
            out.push_back(move(row));
        }
        return out;
    }
};
