// Picks the next stone with the largest hops[j] in reach, instead of the largest j + hops[j].
class Solution {
public:
    int fewestHops(vector<int>& hops) {
        int n = hops.size(), i = 0, count = 0;
        while (i < n - 1) {
            if (i + hops[i] >= n - 1) return count + 1;
            if (hops[i] == 0) return -1;
            int best = i + 1;
            for (int j = i + 1; j <= i + hops[i]; j++)
                if (hops[j] > hops[best]) best = j;
            i = best;
            count++;
        }
        return count;
    }
};
