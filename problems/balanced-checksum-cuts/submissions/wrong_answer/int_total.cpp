// The right idea, but the total and the index sums are 32-bit ints: they overflow once the
// answer passes 2^31 (the largest tests reach about 1.3 * 10^15).
class Solution {
public:
    long long balancedCuts(vector<int>& tags) {
        unordered_map<int, pair<int, int>> seen;
        seen[0] = {1, 0};
        int prefix = 0, total = 0;
        for (int y = 1; y <= (int) tags.size(); y++) {
            prefix ^= tags[y - 1];
            auto& [count, sum] = seen[prefix];
            total += count * (y - 1) - sum;
            count++;
            sum += y;
        }
        return total;
    }
};
