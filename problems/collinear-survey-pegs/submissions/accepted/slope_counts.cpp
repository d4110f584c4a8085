// For each peg, the directions to the pegs after it, reduced by their gcd and with a fixed
// sign, counted in a hash map; pegs on the same spot join every line through it. Differences
// reach 2·10^9, so they are computed in 64 bits.
class Solution {
public:
    int mostOnLine(vector<vector<int>>& pegs) {
        int n = pegs.size(), best = 1;
        unordered_map<long long, int> lines;
        lines.reserve(2 * n);
        for (int i = 0; i < n; i++) {
            lines.clear();
            int same = 0, most = 0;
            for (int j = i + 1; j < n; j++) {
                long long dx = (long long) pegs[j][0] - pegs[i][0];
                long long dy = (long long) pegs[j][1] - pegs[i][1];
                if (dx == 0 && dy == 0) {
                    same++;
                    continue;
                }
                long long g = gcd(llabs(dx), llabs(dy));
                dx /= g;
                dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) dx = -dx, dy = -dy;
                // |dx|, |dy| <= 2·10^9 < 2^31: one 64-bit key.
                most = max(most, ++lines[dx * 4294967296LL + dy]);
            }
            best = max(best, 1 + same + most);
        }
        return best;
    }
};
