// Lists the sets by size first (all singles, then all pairs, ...), not lexicographically.
class Solution {
public:
    vector<vector<int>> balanceSets(vector<int>& weights, int target) {
        vector<int> w = weights;
        sort(w.begin(), w.end());
        int n = w.size();
        vector<vector<int>> found;
        for (int mask = 1; mask < (1 << n); mask++) {
            int total = 0;
            vector<int> s;
            for (int i = 0; i < n; i++)
                if (mask >> i & 1) { total += w[i]; s.push_back(w[i]); }
            if (total == target) found.push_back(s);
        }
        stable_sort(found.begin(), found.end(), [](const vector<int>& a, const vector<int>& b) {
            if (a.size() != b.size()) return a.size() < b.size();
            return a < b;
        });
        return found;
    }
};
