// Compares only the 31 value bits and forgets the sign bit.
class Solution {
public:
    int bitDifference(int x, int y) {
        unsigned v = (unsigned)x ^ (unsigned)y;
        int count = 0;
        for (int bit = 0; bit < 31; bit++) count += (v >> bit) & 1;
        return count;
    }
};
