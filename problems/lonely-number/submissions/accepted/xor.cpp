class Solution {
public:
    int lonelyNumber(vector<int>& nums) {
        int result = 0;
        for (int x : nums) result ^= x;  // twins cancel: x ^ x == 0
        return result;
    }
};
