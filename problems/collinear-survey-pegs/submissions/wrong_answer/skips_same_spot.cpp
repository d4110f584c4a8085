// Wrong: ignores pegs on the anchor's own spot instead of adding them to every line through
// it, so stacked pegs are undercounted (and a test of only stacked pegs answers 1).
class Solution {
public:
    int mostOnLine(vector<vector<int>>& pegs) {
        int n = pegs.size(), best = 1;
        map<pair<long long, long long>, int> lines;
        for (int i = 0; i < n; i++) {
            lines.clear();
            for (int j = i + 1; j < n; j++) {
                long long dx = (long long) pegs[j][0] - pegs[i][0];
                long long dy = (long long) pegs[j][1] - pegs[i][1];
                if (dx == 0 && dy == 0) continue;
                long long g = gcd(llabs(dx), llabs(dy));
                dx /= g;
                dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) dx = -dx, dy = -dy;
                best = max(best, 1 + ++lines[{dx, dy}]);
            }
        }
        return best;
    }
};
