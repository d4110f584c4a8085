// Counts Kahn levels but never checks that every course was reached: a cycle goes unnoticed.
class Solution {
public:
    int fewestTerms(int n, vector<vector<int>>& prerequisites) {
        vector<vector<int>> out(n);
        vector<int> indegree(n, 0), level;
        for (auto& p : prerequisites) {
            out[p[0]].push_back(p[1]);
            indegree[p[1]]++;
        }
        for (int v = 0; v < n; v++)
            if (indegree[v] == 0) level.push_back(v);
        int terms = 0;
        while (!level.empty()) {
            terms++;
            vector<int> next;
            for (int v : level)
                for (int w : out[v])
                    if (--indegree[w] == 0) next.push_back(w);
            level = next;
        }
        return terms;
    }
};
