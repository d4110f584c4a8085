// Pages behind the current one in one stack, pages ahead in another.
class TabHistory {
    vector<string> behind, ahead;
    string cur;

public:
    TabHistory(string home) : cur(home) {}

    void open(string url) {
        behind.push_back(cur);
        cur = url;
        ahead.clear();
    }

    string back(int steps) {
        while (steps-- > 0 && !behind.empty()) {
            ahead.push_back(cur);
            cur = behind.back();
            behind.pop_back();
        }
        return cur;
    }

    string forward(int steps) {
        while (steps-- > 0 && !ahead.empty()) {
            behind.push_back(cur);
            cur = ahead.back();
            ahead.pop_back();
        }
        return cur;
    }
};
