class Solution {
public:
    string shortenToRoots(vector<string>& roots, string sentence) {
        vector<array<int, 26>> child(1);
        vector<bool> ends(1, false);
        child[0].fill(-1);
        for (auto& r : roots) {
            int v = 0;
            for (char ch : r) {
                int c = ch - 'a';
                if (child[v][c] < 0) {
                    child[v][c] = child.size();
                    child.emplace_back();
                    child.back().fill(-1);
                    ends.push_back(false);
                }
                v = child[v][c];
            }
            ends[v] = true;
        }
        string out;
        size_t start = 0;
        while (start <= sentence.size()) {
            size_t end = sentence.find(' ', start);
            if (end == string::npos) end = sentence.size();
            size_t cut = end;
            for (size_t i = start, v = 0; i < end; i++) {
                int next = child[v][sentence[i] - 'a'];
                if (next < 0) break;
                v = next;
                if (ends[v]) { cut = i + 1; break; }
            }
            if (!out.empty()) out += ' ';
            out.append(sentence, start, cut - start);
            start = end + 1;
        }
        return out;
    }
};
