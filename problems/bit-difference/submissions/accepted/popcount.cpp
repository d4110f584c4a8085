class Solution {
public:
    int bitDifference(int x, int y) {
        return __builtin_popcount((unsigned)x ^ (unsigned)y);
    }
};
