// Iterative: extend every partial word by each letter of the next digit.
class Solution {
public:
    vector<string> keypadWords(string code) {
        if (code.empty()) return {};
        static const string keys[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        vector<string> words = {""};
        for (char d : code) {
            vector<string> next;
            for (const string& w : words)
                for (char c : keys[d - '0']) next.push_back(w + c);
            words.swap(next);
        }
        return words;
    }
};
