class Solution {
    vector<vector<int>> found;
    vector<int> current;

    void build(const vector<int>& nums, size_t start) {
        found.push_back(current);
        for (size_t j = start; j < nums.size(); j++) {
            // The same value at the same level was already tried by j - 1.
            if (j > start && nums[j] == nums[j - 1]) continue;
            current.push_back(nums[j]);
            build(nums, j + 1);
            current.pop_back();
        }
    }

public:
    vector<vector<int>> distinctSubsets(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        build(nums, 0);
        return found;
    }
};
