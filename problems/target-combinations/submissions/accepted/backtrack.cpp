class Solution {
    vector<int> parts, current;
    vector<vector<int>> found;

    void build(size_t start, int remaining) {
        if (remaining == 0) {
            found.push_back(current);
            return;
        }
        for (size_t i = start; i < parts.size() && parts[i] <= remaining; i++) {
            current.push_back(parts[i]);
            build(i, remaining - parts[i]);  // i again: a part may be reused
            current.pop_back();
        }
    }

public:
    vector<vector<int>> targetCombinations(vector<int>& given, int target) {
        parts = given;
        sort(parts.begin(), parts.end());
        build(0, target);
        return found;
    }
};
