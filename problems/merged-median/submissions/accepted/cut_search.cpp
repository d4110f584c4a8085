class Solution {
public:
    double mergedMedian(vector<int>& a, vector<int>& b) {
        if (a.size() > b.size()) return mergedMedian(b, a);  // search the shorter one
        int m = a.size(), n = b.size(), half = (m + n + 1) / 2;
        const long long INF = LLONG_MAX / 4;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            long long aL = i > 0 ? a[i - 1] : -INF, aR = i < m ? a[i] : INF;
            long long bL = j > 0 ? b[j - 1] : -INF, bR = j < n ? b[j] : INF;
            if (aL > bR) hi = i - 1;
            else if (bL > aR) lo = i + 1;
            else {
                long long left = max(aL, bL);
                if ((m + n) % 2) return (double) left;
                return (left + min(aR, bR)) / 2.0;  // 64-bit sum: no overflow
            }
        }
    }
};
