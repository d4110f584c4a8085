// Between zeros the best stretch is a prefix or a suffix: scan running products both ways.
class Solution {
public:
    long long bestProduct(vector<int>& nums) {
        long long best = LLONG_MIN, left = 1, right = 1;
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            left *= nums[i];
            right *= nums[n - 1 - i];
            best = max({best, left, right});
            if (left == 0) left = 1;
            if (right == 0) right = 1;
        }
        return best;
    }
};
