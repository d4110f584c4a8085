class Solution {
public:
    bool isCipher(string plain, string coded) {
        array<char, 128> to{}, back{};  // 0: not mapped yet
        for (size_t i = 0; i < plain.size(); i++) {
            char p = plain[i], c = coded[i];
            if ((to[p] && to[p] != c) || (back[c] && back[c] != p)) return false;
            to[p] = c;
            back[c] = p;
        }
        return true;
    }
};
