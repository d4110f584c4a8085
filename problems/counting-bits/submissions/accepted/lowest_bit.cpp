class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> bits(n + 1, 0);
        // i & (i - 1) is i with its lowest set bit cleared: one fewer one.
        for (int i = 1; i <= n; i++) bits[i] = bits[i & (i - 1)] + 1;
        return bits;
    }
};
