class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int cheapest = prices[0], best = 0;
        for (size_t i = 1; i < prices.size(); i++) {
            best = max(best, prices[i] - cheapest);  // sell today after the cheapest earlier day
            cheapest = min(cheapest, prices[i]);
        }
        return best;
    }
};
