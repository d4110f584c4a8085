// The full table best[0..n]: best[i] is the largest sum among the first i values.
class Solution {
public:
    int nonAdjacentSum(vector<int>& nums) {
        int n = nums.size();
        vector<int> best(n + 1, 0);
        best[1] = max(0, nums[0]);
        for (int i = 2; i <= n; i++) best[i] = max(best[i - 1], best[i - 2] + nums[i - 1]);
        return best[n];
    }
};
