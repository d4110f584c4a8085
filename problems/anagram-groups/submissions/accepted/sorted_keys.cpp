class Solution {
public:
    vector<vector<string>> anagramGroups(vector<string>& words) {
        unordered_map<string, vector<string>> groups;
        for (auto& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            groups[key].push_back(w);
        }
        vector<vector<string>> out;
        for (auto& [key, g] : groups) {
            sort(g.begin(), g.end());
            out.push_back(g);
        }
        return out;
    }
};
