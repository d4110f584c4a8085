class Solution {
public:
    int fewestHops(vector<int>& hops) {
        int n = hops.size(), rounds = 0, end = 0, farthest = 0;
        for (int i = 0; i + 1 < n; i++) {
            farthest = max(farthest, i + hops[i]);
            if (i == end) {  // every stone of this round has been looked at
                if (farthest <= i) return -1;
                rounds++;
                end = farthest;
                if (end >= n - 1) break;
            }
        }
        return rounds;
    }
};
