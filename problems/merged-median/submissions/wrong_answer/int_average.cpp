// Finds the right cut, but averages the two middle values in 32-bit integers: the sum
// overflows near 10^9 and integer division drops the .5.
class Solution {
public:
    double mergedMedian(vector<int>& a, vector<int>& b) {
        if (a.size() > b.size()) return mergedMedian(b, a);
        int m = a.size(), n = b.size(), half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            int aL = i > 0 ? a[i - 1] : INT_MIN, aR = i < m ? a[i] : INT_MAX;
            int bL = j > 0 ? b[j - 1] : INT_MIN, bR = j < n ? b[j] : INT_MAX;
            if (aL > bR) hi = i - 1;
            else if (bL > aR) lo = i + 1;
            else {
                int left = max(aL, bL), right = min(aR, bR);
                if ((m + n) % 2) return left;
                return (int) (((unsigned) left + (unsigned) right)) / 2;
            }
        }
    }
};
