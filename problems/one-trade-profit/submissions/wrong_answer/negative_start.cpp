// Starts `best` at the first day-to-day change instead of 0: when the price only falls, it
// reports the smallest loss instead of 0 (no trade).
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        if (prices.size() < 2) return 0;
        int cheapest = prices[0], best = prices[1] - prices[0];
        for (size_t i = 1; i < prices.size(); i++) {
            best = max(best, prices[i] - cheapest);
            cheapest = min(cheapest, prices[i]);
        }
        return best;
    }
};
