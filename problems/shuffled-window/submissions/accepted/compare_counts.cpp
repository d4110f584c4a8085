// Slides a window of width m, comparing the 26 counts after each step: O(26 n).
class Solution {
public:
    bool hasShuffledWord(string word, string text) {
        size_t m = word.size(), n = text.size();
        if (m > n) return false;
        array<int, 26> need{}, have{};
        for (char c : word) need[c - 'a']++;
        for (size_t i = 0; i < m; i++) have[text[i] - 'a']++;
        if (have == need) return true;
        for (size_t i = m; i < n; i++) {
            have[text[i] - 'a']++;
            have[text[i - m] - 'a']--;
            if (have == need) return true;
        }
        return false;
    }
};
