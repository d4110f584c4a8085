// Right answers, but from every value it counts upwards, looking for each next value with a
// linear scan of the array: O(n^3), about 5 * 10^14 steps on 10^5 consecutive values.
class Solution {
public:
    int longestStreak(vector<int>& nums) {
        auto contains = [&](long long v) {
            for (int x : nums)
                if (x == v) return true;
            return false;
        };
        int best = 0;
        for (int x : nums) {
            long long y = x;
            while (contains(y + 1)) y++;
            best = max(best, (int) (y - x + 1));
        }
        return best;
    }
};
