// Greedy: as many of the largest coin as fit, then the next, ... Pays 6 with [1,3,4] as
// 4+1+1, and gives up on [5,3] and 9.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> sorted = coins;
        sort(sorted.rbegin(), sorted.rend());
        int count = 0;
        for (int c : sorted) {
            count += amount / c;
            amount %= c;
        }
        return amount == 0 ? count : -1;
    }
};
