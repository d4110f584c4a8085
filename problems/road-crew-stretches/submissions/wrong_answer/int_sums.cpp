// The right search, but in 32-bit ints: sum(work) and the running loads overflow once the
// total passes 2^31 - 1 (three sections of 10^9 already do).
class Solution {
public:
    long long balancedCrewLoad(vector<int>& work, int k) {
        int lo = *max_element(work.begin(), work.end());
        int hi = 0;
        for (int w : work) hi += w;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            int crews = 1, load = 0;
            for (int w : work) {
                if (load + w > mid) {
                    crews++;
                    load = 0;
                }
                load += w;
            }
            if (crews <= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
