// Binary search on the price x: the answer is the smallest x with at least k combos <= x.
// Counting them is a two-pointer walk over the sorted table mains[i] + drinks[j].
class Solution {
public:
    long long kthCheapestCombo(vector<int>& mains, vector<int>& drinks, long long k) {
        int n = mains.size(), m = drinks.size();
        auto atMost = [&](long long x) {
            long long count = 0;
            int j = m - 1;
            for (int i = 0; i < n && j >= 0; i++) {
                while (j >= 0 && (long long) mains[i] + drinks[j] > x) j--;
                count += j + 1;
            }
            return count;
        };
        long long lo = (long long) mains[0] + drinks[0];
        long long hi = (long long) mains[n - 1] + drinks[m - 1];
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (atMost(mid) >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
