// Kahn's order with term[v] = 1 + max term of its prerequisites; -1 if the order is short.
class Solution {
public:
    int fewestTerms(int n, vector<vector<int>>& prerequisites) {
        vector<vector<int>> out(n);
        vector<int> indegree(n, 0), term(n, 1), queue;
        for (auto& p : prerequisites) {
            out[p[0]].push_back(p[1]);
            indegree[p[1]]++;
        }
        for (int v = 0; v < n; v++)
            if (indegree[v] == 0) queue.push_back(v);
        int best = 0;
        for (size_t i = 0; i < queue.size(); i++) {
            int v = queue[i];
            best = max(best, term[v]);
            for (int w : out[v]) {
                term[w] = max(term[w], term[v] + 1);
                if (--indegree[w] == 0) queue.push_back(w);
            }
        }
        return (int) queue.size() == n ? best : -1;
    }
};
