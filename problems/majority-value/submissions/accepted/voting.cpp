class Solution {
public:
    int majorityValue(vector<int>& nums) {
        int candidate = 0, count = 0;
        for (int x : nums) {
            if (count == 0) candidate = x;  // everything before has been paired off
            count += x == candidate ? 1 : -1;
        }
        return candidate;
    }
};
