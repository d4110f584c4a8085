// Replaces each word by the first root in the list that starts it, not the shortest one.
class Solution {
public:
    string shortenToRoots(vector<string>& roots, string sentence) {
        stringstream in(sentence);
        string word, out;
        while (in >> word) {
            for (auto& r : roots)
                if (word.compare(0, r.size(), r) == 0 && r.size() <= word.size()) { word = r; break; }
            if (!out.empty()) out += ' ';
            out += word;
        }
        return out;
    }
};
