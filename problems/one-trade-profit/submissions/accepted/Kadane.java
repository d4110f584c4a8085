// Kadane's algorithm on the day-to-day differences: the best trade is the best run of days.
class Solution {
    public int maxProfit(int[] prices) {
        int run = 0, best = 0;
        for (int i = 1; i < prices.length; i++) {
            run = Math.max(0, run + prices[i] - prices[i - 1]);
            best = Math.max(best, run);
        }
        return best;
    }
}
