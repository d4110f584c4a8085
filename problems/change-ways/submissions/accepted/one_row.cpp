class Solution {
public:
    int changeWays(int amount, vector<int>& coins) {
        const int MOD = 1000000007;
        vector<int> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int s = c; s <= amount; s++) ways[s] = (ways[s] + ways[s - c]) % MOD;
        return ways[amount];
    }
};
