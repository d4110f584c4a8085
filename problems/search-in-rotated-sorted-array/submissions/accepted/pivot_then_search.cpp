// Two binary searches: the rotation point (the minimum), then the sorted run that can hold
// the target.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int n = nums.size();
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1; else hi = mid;
        }
        int start = lo;
        if (target >= nums[start] && target <= nums[n - 1]) {
            lo = start;
            hi = n - 1;
        } else {
            lo = 0;
            hi = start - 1;
        }
        auto first = nums.begin() + lo, last = nums.begin() + hi + 1;
        auto it = lower_bound(first, last, target);
        return it != last && *it == target ? int(it - nums.begin()) : -1;
    }
};
