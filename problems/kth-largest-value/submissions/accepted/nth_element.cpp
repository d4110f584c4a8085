// Quickselect: the k-th largest is the value at index n - k of the ascending order.
class Solution {
public:
    int kthLargest(vector<int>& nums, int k) {
        nth_element(nums.begin(), nums.end() - k, nums.end());
        return nums[nums.size() - k];
    }
};
