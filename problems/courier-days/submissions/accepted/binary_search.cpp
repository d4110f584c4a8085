class Solution {
public:
    int smallestCapacity(vector<int>& weights, int days) {
        long long lo = *max_element(weights.begin(), weights.end());
        long long hi = accumulate(weights.begin(), weights.end(), 0LL);
        auto fits = [&](long long capacity) {
            int used = 1;
            long long load = 0;
            for (int w : weights) {
                if (load + w > capacity) { used++; load = 0; }
                load += w;
            }
            return used <= days;
        };
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (fits(mid)) hi = mid;
            else lo = mid + 1;
        }
        return (int) lo;
    }
};
