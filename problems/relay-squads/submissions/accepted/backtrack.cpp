class Solution {
    vector<int> times, chosen;
    vector<vector<int>> found;
    int k = 0, limit = 0;

    void build(int start, int total) {
        if ((int)chosen.size() == k) {
            found.push_back(chosen);
            return;
        }
        int n = times.size();
        for (int i = start; i + (k - (int)chosen.size()) <= n; i++) {
            if (total + times[i] > limit) continue;  // a later runner may be faster
            chosen.push_back(i);
            build(i + 1, total + times[i]);
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> relaySquads(vector<int>& given, int size, int most) {
        times = given;
        k = size;
        limit = most;
        build(0, 0);
        return found;
    }
};
