// Binary search on the largest workload, in 64 bits; a greedy pass counts the crews needed.
class Solution {
public:
    long long balancedCrewLoad(vector<int>& work, int k) {
        long long lo = *max_element(work.begin(), work.end());
        long long hi = accumulate(work.begin(), work.end(), 0LL);
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (crewsNeeded(work, mid) <= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

private:
    static int crewsNeeded(const vector<int>& work, long long limit) {
        int crews = 1;
        long long load = 0;
        for (int w : work) {
            if (load + w > limit) {
                crews++;
                load = 0;
            }
            load += w;
        }
        return crews;
    }
};
