// Skips a value equal to the previous one even as the first choice of a level, so a subset can
// never hold two equal values: [3,3] and [5,5,5] are lost.
class Solution {
    vector<vector<int>> found;
    vector<int> current;

    void build(const vector<int>& nums, size_t start) {
        found.push_back(current);
        for (size_t j = start; j < nums.size(); j++) {
            if (j > 0 && nums[j] == nums[j - 1]) continue;
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
