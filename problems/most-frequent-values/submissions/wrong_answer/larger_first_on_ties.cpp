// Sorts by (count, value) descending: equal counts come out with the larger value first.
class Solution {
public:
    vector<int> mostFrequent(vector<int>& nums, int k) {
        map<int, int> counts;
        for (int x : nums) counts[x]++;
        vector<pair<int, int>> order;
        for (auto [value, count] : counts) order.push_back({count, value});
        sort(order.rbegin(), order.rend());
        vector<int> out;
        for (int i = 0; i < k; i++) out.push_back(order[i].second);
        return out;
    }
};
