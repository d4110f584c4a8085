// Compares the signed values at the two ends, so a very negative number never looks largest.
class Solution {
public:
    vector<int> squaresInOrder(vector<int>& nums) {
        int n = nums.size(), lo = 0, hi = n - 1;
        vector<int> out(n);
        for (int back = n - 1; back >= 0; back--) {
            if (nums[lo] > nums[hi]) { out[back] = nums[lo] * nums[lo]; lo++; }
            else { out[back] = nums[hi] * nums[hi]; hi--; }
        }
        return out;
    }
};
