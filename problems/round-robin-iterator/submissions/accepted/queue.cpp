// A queue of (list, position) pairs in turn order; finished lists leave it.
class RoundRobinIterator {
    vector<vector<int>> lists;
    queue<pair<int, int>> turns;

public:
    RoundRobinIterator(vector<vector<int>>& lists) : lists(lists) {
        for (int i = 0; i < (int)lists.size(); i++)
            if (!lists[i].empty()) turns.push({i, 0});
    }

    int next() {
        auto [i, p] = turns.front();
        turns.pop();
        if (p + 1 < (int)lists[i].size()) turns.push({i, p + 1});
        return lists[i][p];
    }

    bool hasNext() { return !turns.empty(); }
};
