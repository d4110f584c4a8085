// Right answers, but tries every stretch start and grows it one segment at a time: O(n^2),
// 2 * 10^10 steps on each of the largest tests.
class Solution {
public:
    long long balancedCuts(vector<int>& tags) {
        int n = tags.size();
        long long total = 0;
        for (int i = 0; i < n; i++) {
            int x = 0;
            for (int k = i; k < n; k++) {
                x ^= tags[k];
                if (x == 0) total += k - i;
            }
        }
        return total;
    }
};
