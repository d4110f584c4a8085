// For each colour, the longest window holding at most k boards of other colours.
class Solution {
public:
    int longestUniformRun(string fence, int k) {
        int n = fence.size(), best = 0;
        for (char colour = 'A'; colour <= 'Z'; colour++) {
            int left = 0, other = 0;
            for (int right = 0; right < n; right++) {
                other += fence[right] != colour;
                while (other > k) other -= fence[left++] != colour;
                best = max(best, right - left + 1);
            }
        }
        return best;
    }
};
