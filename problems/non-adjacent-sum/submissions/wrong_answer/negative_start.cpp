// Starts from best[1] = nums[0] even when it is negative: [-7,-2] gives -2, not 0.
class Solution {
public:
    int nonAdjacentSum(vector<int>& nums) {
        int before = 0, last = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            int next = max(last, before + nums[i]);
            before = last;
            last = next;
        }
        return last;
    }
};
