// Treats each link as one-way (a -> b) and counts the people no one points to: a person
// reached only by following a link the other way is missed.
class Solution {
public:
    int countGroups(int n, vector<vector<int>>& links) {
        vector<vector<int>> out(n);
        vector<int> indegree(n, 0);
        for (auto& l : links) {
            out[l[0]].push_back(l[1]);
            indegree[l[1]]++;
        }
        vector<bool> seen(n, false);
        int groups = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s] || indegree[s] > 0) continue;
            groups++;
            vector<int> stack = {s};
            seen[s] = true;
            while (!stack.empty()) {
                int u = stack.back();
                stack.pop_back();
                for (int v : out[u])
                    if (!seen[v]) seen[v] = true, stack.push_back(v);
            }
        }
        return groups;
    }
};
