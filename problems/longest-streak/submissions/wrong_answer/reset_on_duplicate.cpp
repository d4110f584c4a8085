// Sorted scan that restarts the streak at a repeated value: [1,2,2,3] gives 2.
class Solution {
public:
    int longestStreak(vector<int>& nums) {
        if (nums.empty()) return 0;
        sort(nums.begin(), nums.end());
        int best = 1, run = 1;
        for (size_t i = 1; i < nums.size(); i++) {
            run = nums[i] == nums[i - 1] + 1 ? run + 1 : 1;
            best = max(best, run);
        }
        return best;
    }
};
