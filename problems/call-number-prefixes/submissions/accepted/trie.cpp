class Solution {
public:
    vector<int> countByPrefix(vector<string>& labels, vector<string>& queries) {
        vector<array<int, 26>> child(1);
        child[0].fill(-1);
        vector<int> passing(1, 0);
        for (const string& w : labels) {
            int node = 0;
            for (char ch : w) {
                int c = ch - 'a';
                if (child[node][c] < 0) {
                    child[node][c] = child.size();
                    child.emplace_back();
                    child.back().fill(-1);
                    passing.push_back(0);
                }
                node = child[node][c];
                passing[node]++;
            }
        }
        vector<int> out;
        for (const string& q : queries) {
            int node = 0;
            for (char ch : q) {
                node = child[node][ch - 'a'];
                if (node < 0) break;
            }
            out.push_back(node < 0 ? 0 : passing[node]);
        }
        return out;
    }
};
