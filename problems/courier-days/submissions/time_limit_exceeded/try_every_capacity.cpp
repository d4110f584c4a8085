// Right answers, but tries every capacity from the heaviest parcel up, each with an O(n) check:
// (answer - max + 1) * n steps, about 5 * 10^13 when one day must carry 10^5 parcels.
class Solution {
public:
    int smallestCapacity(vector<int>& weights, int days) {
        long long capacity = *max_element(weights.begin(), weights.end());
        for (;; capacity++) {
            int used = 1;
            long long load = 0;
            for (int w : weights) {
                if (load + w > capacity) { used++; load = 0; }
                load += w;
            }
            if (used <= days) return (int) capacity;
        }
    }
};
