// Takes the most frequent colour of the whole fence plus k, ignoring that a run is contiguous.
class Solution {
public:
    int longestUniformRun(string fence, int k) {
        int count[26] = {0}, best = 0;
        for (char c : fence) best = max(best, ++count[c - 'A']);
        return min((int) fence.size(), best + k);
    }
};
