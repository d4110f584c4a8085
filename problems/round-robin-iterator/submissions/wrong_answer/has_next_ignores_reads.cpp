// Reads the values in the right order, but hasNext only asks whether any list has values at
// all, not whether any are left unread: after the last value it still says true.
class RoundRobinIterator {
    vector<vector<int>> lists;
    vector<int> order;
    size_t read = 0;

public:
    RoundRobinIterator(vector<vector<int>>& lists) : lists(lists) {
        size_t longest = 0;
        for (auto& l : lists) longest = max(longest, l.size());
        for (size_t p = 0; p < longest; p++)
            for (auto& l : lists)
                if (p < l.size()) order.push_back(l[p]);
    }

    int next() { return order[read++]; }

    bool hasNext() {
        for (auto& l : lists)
            if (!l.empty()) return true;
        return false;
    }
};
