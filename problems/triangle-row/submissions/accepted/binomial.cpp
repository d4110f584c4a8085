// C(k, j+1) = C(k, j) * (k - j) / (j + 1), multiplied first in 64 bits.
class Solution {
public:
    vector<int> triangleRow(int k) {
        vector<int> row(k + 1);
        long long c = 1;
        for (int j = 0; j <= k; j++) {
            row[j] = (int) c;
            c = c * (k - j) / (j + 1);
        }
        return row;
    }
};
