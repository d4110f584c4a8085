// The multiplicative formula in 32-bit ints: the product overflows before the division.
class Solution {
public:
    vector<int> triangleRow(int k) {
        vector<int> row(k + 1);
        unsigned c = 1;  // wraps like a 32-bit int would, without undefined behaviour
        for (int j = 0; j <= k; j++) {
            row[j] = (int) c;
            c = c * (unsigned) (k - j) / (unsigned) (j + 1);
        }
        return row;
    }
};
