// Sorted by start: keep the furthest end painted so far; a stroke adds only what lies past it.
class Solution {
public:
    long long paintedLength(vector<vector<int>>& strokes) {
        long long total = 0, reach = LLONG_MIN;
        for (auto& s : strokes) {
            long long start = s[0], end = s[1];
            if (end > reach) {
                total += end - max(start, reach);
                reach = end;
            }
        }
        return total;
    }
};
