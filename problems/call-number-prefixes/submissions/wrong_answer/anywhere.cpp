// Counts labels that contain the query anywhere, not only at their start.
class Solution {
public:
    vector<int> countByPrefix(vector<string>& labels, vector<string>& queries) {
        vector<int> out;
        for (const string& q : queries) {
            int c = 0;
            for (const string& w : labels) if (w.find(q) != string::npos) c++;
            out.push_back(c);
        }
        return out;
    }
};
