// Right answers, but grows a run from every start until it stops being steady: O(n^2),
// about 2 * 10^10 steps on each of the largest tests whose whole log is (nearly) steady.
class Solution {
public:
    int longestSteadySpell(vector<int>& readings, int limit) {
        int n = readings.size(), best = 0;
        for (int l = 0; l < n; l++) {
            int high = readings[l], low = readings[l], r = l;
            while (r + 1 < n) {
                high = max(high, readings[r + 1]);
                low = min(low, readings[r + 1]);
                if (high - low > limit) break;
                r++;
            }
            best = max(best, r - l + 1);
        }
        return best;
    }
};
