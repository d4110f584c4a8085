class Solution {
public:
    vector<int> lightingHours(int n, vector<vector<int>>& sightlines, int start) {
        vector<vector<int>> sees(n);
        for (auto& s : sightlines) {
            sees[s[0]].push_back(s[1]);
            sees[s[1]].push_back(s[0]);
        }
        vector<int> hours(n, -1), queue;
        queue.reserve(n);
        hours[start] = 0;
        queue.push_back(start);
        for (size_t head = 0; head < queue.size(); head++) {
            int u = queue[head];
            for (int v : sees[u]) {
                if (hours[v] != -1) continue;
                hours[v] = hours[u] + 1;
                queue.push_back(v);
            }
        }
        return hours;
    }
};
