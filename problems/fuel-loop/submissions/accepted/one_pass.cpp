class Solution {
public:
    int loopStart(vector<int>& fuel, vector<int>& cost) {
        long long tank = 0, total = 0;
        int start = 0;
        for (size_t i = 0; i < fuel.size(); i++) {
            tank += fuel[i] - cost[i];
            total += fuel[i] - cost[i];
            if (tank < 0) { start = i + 1; tank = 0; }
        }
        return total >= 0 ? start : -1;
    }
};
