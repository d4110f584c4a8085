class Solution {
public:
    bool isHidden(string word, string text) {
        size_t i = 0;
        for (char c : text)
            if (i < word.size() && word[i] == c) i++;
        return i == word.size();
    }
};
