// Right sweep, but the total and the reach are 32-bit: a road painted from -2*10^9 to 2*10^9 has
// 4*10^9 metres of paint, which wraps around to a negative number.
class Solution {
public:
    long long paintedLength(vector<vector<int>>& strokes) {
        int total = 0;
        bool first = true;
        int reach = 0;
        for (auto& s : strokes) {
            if (first || s[1] > reach) {
                int from = first ? s[0] : max(s[0], reach);
                total = (int) ((unsigned) total + (unsigned) s[1] - (unsigned) from);
                reach = s[1];
                first = false;
            }
        }
        return total;
    }
};
