// Sorts the times to prune early (break is safe on sorted times), but then reports positions
// in the sorted array instead of the runners' own numbers.
class Solution {
    vector<int> times, chosen;
    vector<vector<int>> found;
    int k = 0, limit = 0;

    void build(int start, int total) {
        if ((int)chosen.size() == k) {
            found.push_back(chosen);
            return;
        }
        for (int i = start; i < (int)times.size(); i++) {
            if (total + times[i] > limit) break;
            chosen.push_back(i);
            build(i + 1, total + times[i]);
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> relaySquads(vector<int>& given, int size, int most) {
        times = given;
        sort(times.begin(), times.end());
        k = size;
        limit = most;
        build(0, 0);
        return found;
    }
};
