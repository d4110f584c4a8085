class Solution {
public:
    bool canLayer(vector<vector<string>>& rules) {
        unordered_map<string, int> ids;
        auto id = [&](const string& s) {
            auto it = ids.find(s);
            if (it != ids.end()) return it->second;
            int v = ids.size();
            ids.emplace(s, v);
            return v;
        };
        vector<pair<int, int>> edges;
        for (auto& r : rules) {
            int x = id(r[0]);
            int y = id(r[1]);
            edges.push_back({x, y});
        }
        int n = ids.size();
        vector<vector<int>> after(n);
        vector<int> waits(n, 0);
        for (auto& [x, y] : edges) {
            after[x].push_back(y);
            waits[y]++;
        }
        vector<int> queue;
        for (int s = 0; s < n; s++)
            if (waits[s] == 0) queue.push_back(s);
        for (size_t head = 0; head < queue.size(); head++)
            for (int t : after[queue[head]])
                if (--waits[t] == 0) queue.push_back(t);
        return (int)queue.size() == n;
    }
};
