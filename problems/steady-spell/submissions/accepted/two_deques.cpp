// Sliding window; two monotonic deques of indices give the window's maximum and minimum.
class Solution {
public:
    int longestSteadySpell(vector<int>& readings, int limit) {
        int n = readings.size();
        vector<int> highs(n), lows(n);  // deques as arrays with a head and a tail
        int hh = 0, ht = 0, lh = 0, lt = 0, left = 0, best = 0;
        for (int right = 0; right < n; right++) {
            int x = readings[right];
            while (ht > hh && readings[highs[ht - 1]] <= x) ht--;
            highs[ht++] = right;
            while (lt > lh && readings[lows[lt - 1]] >= x) lt--;
            lows[lt++] = right;
            while (readings[highs[hh]] - readings[lows[lh]] > limit) {
                left++;
                if (highs[hh] < left) hh++;
                if (lows[lh] < left) lh++;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
