// Counts from the wrong end: the k-th smallest value.
class Solution {
public:
    int kthLargest(vector<int>& nums, int k) {
        sort(nums.begin(), nums.end());
        return nums[k - 1];
    }
};
