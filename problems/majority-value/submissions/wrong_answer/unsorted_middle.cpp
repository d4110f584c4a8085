// Returns the middle entry without sorting first.
class Solution {
public:
    int majorityValue(vector<int>& nums) { return nums[nums.size() / 2]; }
};
