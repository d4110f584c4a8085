// A heap of the k best (count, value) pairs so far, the worst on top; sorted at the end.
class Solution {
public:
    vector<int> mostFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int x : nums) counts[x]++;
        // "a before b" means a is better: higher count, or equal count and smaller value.
        auto better = [](const pair<int, int>& a, const pair<int, int>& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        };
        priority_queue<pair<int, int>, vector<pair<int, int>>, decltype(better)> worst_on_top(better);
        for (auto [value, count] : counts) {
            worst_on_top.push({count, value});
            if ((int)worst_on_top.size() > k) worst_on_top.pop();
        }
        vector<pair<int, int>> best;
        while (!worst_on_top.empty()) best.push_back(worst_on_top.top()), worst_on_top.pop();
        sort(best.begin(), best.end(), better);
        vector<int> out;
        for (auto& p : best) out.push_back(p.second);
        return out;
    }
};
