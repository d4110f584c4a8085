// Replays both logs into strings used as stacks, then compares them.
class Solution {
    static string replay(const string& log) {
        string text;
        for (char c : log) {
            if (c != '#') text.push_back(c);
            else if (!text.empty()) text.pop_back();
        }
        return text;
    }

public:
    bool sameText(string first, string second) { return replay(first) == replay(second); }
};
