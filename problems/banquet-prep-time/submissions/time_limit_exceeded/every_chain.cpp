// Right answers, but after checking for a cycle it finds the longest chain by plain recursion
// from every task with no prerequisite, without remembering any result: it walks every chain of
// tasks, 2^40 of them in a ladder of 40 pairs.
class Solution {
    vector<vector<int>> after;
    vector<int> minutes;

    long long longest(int v) {
        long long best = 0;
        for (int w : after[v]) best = max(best, longest(w));
        return minutes[v] + best;
    }

public:
    int earliestFinish(vector<int>& minutes, vector<vector<int>>& rules) {
        int n = minutes.size();
        this->minutes = minutes;
        after.assign(n, {});
        vector<int> waiting(n, 0);
        for (auto& r : rules) {
            after[r[0]].push_back(r[1]);
            waiting[r[1]]++;
        }
        vector<int> indeg = waiting, order;
        for (int v = 0; v < n; v++)
            if (!indeg[v]) order.push_back(v);
        for (size_t i = 0; i < order.size(); i++)
            for (int w : after[order[i]])
                if (--indeg[w] == 0) order.push_back(w);
        if ((int)order.size() != n) return -1;
        long long best = 0;
        for (int v = 0; v < n; v++)
            if (!waiting[v]) best = max(best, longest(v));
        return (int)best;
    }
};
