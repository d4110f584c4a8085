// Breadth-first search that lets the flame travel only from a to b along [a, b]: beacons that
// can only be reached "backwards" stay at -1.
class Solution {
public:
    vector<int> lightingHours(int n, vector<vector<int>>& sightlines, int start) {
        vector<vector<int>> sees(n);
        for (auto& s : sightlines) sees[s[0]].push_back(s[1]);
        vector<int> hours(n, -1);
        queue<int> q;
        hours[start] = 0;
        q.push(start);
        while (!q.empty()) {
            int u = q.front();
            q.pop();
            for (int v : sees[u])
                if (hours[v] == -1) hours[v] = hours[u] + 1, q.push(v);
        }
        return hours;
    }
};
