// Kahn's algorithm: take tasks whose prerequisites are all processed; each taken task's finish
// time pushes the start of its followers. Tasks never taken sit on a cycle.
class Solution {
public:
    int earliestFinish(vector<int>& minutes, vector<vector<int>>& rules) {
        int n = minutes.size();
        vector<int> head(n, -1), nxt(rules.size()), to(rules.size()), waiting(n, 0);
        for (int k = 0; k < (int)rules.size(); k++) {
            int a = rules[k][0], b = rules[k][1];
            to[k] = b;
            nxt[k] = head[a];
            head[a] = k;
            waiting[b]++;
        }
        vector<int> start(n, 0), order;
        order.reserve(n);
        for (int v = 0; v < n; v++)
            if (!waiting[v]) order.push_back(v);
        int last = 0;
        for (size_t i = 0; i < order.size(); i++) {
            int v = order[i], finish = start[v] + minutes[v];
            last = max(last, finish);
            for (int k = head[v]; k != -1; k = nxt[k]) {
                int w = to[k];
                start[w] = max(start[w], finish);
                if (--waiting[w] == 0) order.push_back(w);
            }
        }
        return (int)order.size() == n ? last : -1;
    }
};
