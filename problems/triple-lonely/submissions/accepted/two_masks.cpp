// Two masks hold each bit's count of ones modulo 3 (ones: count 1, twos: count 2).
class Solution {
public:
    int oddOneOut(vector<int>& nums) {
        unsigned ones = 0, twos = 0;
        for (int v : nums) {
            unsigned x = (unsigned)v;
            ones = (ones ^ x) & ~twos;
            twos = (twos ^ x) & ~ones;
        }
        return (int)ones;
    }
};
