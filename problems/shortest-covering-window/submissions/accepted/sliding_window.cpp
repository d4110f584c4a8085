class Solution {
public:
    string shortestCover(string s, string need) {
        int wanted[128] = {}, have[128] = {};
        for (char c : need) wanted[(int)c]++;
        int missing = need.size(), left = 0, bestStart = -1, bestLength = INT_MAX;
        for (int right = 0; right < (int)s.size(); right++) {
            if (have[(int)s[right]]++ < wanted[(int)s[right]]) missing--;
            if (missing) continue;
            while (have[(int)s[left]] > wanted[(int)s[left]]) have[(int)s[left++]]--;
            if (right + 1 - left < bestLength) {
                bestStart = left;
                bestLength = right + 1 - left;
            }
            have[(int)s[left++]]--;
            missing++;
        }
        return bestStart < 0 ? "" : s.substr(bestStart, bestLength);
    }
};
