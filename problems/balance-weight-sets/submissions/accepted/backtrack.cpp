class Solution {
    vector<int> w, chosen;
    vector<vector<int>> found;

    void build(int start, int remaining) {
        if (remaining == 0) {
            found.push_back(chosen);
            return;
        }
        for (int i = start; i < (int)w.size() && w[i] <= remaining; i++) {
            chosen.push_back(w[i]);
            build(i + 1, remaining - w[i]);
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> balanceSets(vector<int>& weights, int target) {
        w = weights;
        sort(w.begin(), w.end());
        build(0, target);
        return found;
    }
};
