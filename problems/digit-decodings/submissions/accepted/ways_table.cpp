class Solution {
public:
    int countDecodings(string digits) {
        const long long MOD = 1'000'000'007;
        int n = digits.size();
        vector<long long> ways(n + 1, 0);
        ways[0] = 1;
        for (int i = 1; i <= n; i++) {
            if (digits[i - 1] != '0') ways[i] = ways[i - 1];
            if (i >= 2) {
                int two = (digits[i - 2] - '0') * 10 + (digits[i - 1] - '0');
                if (two >= 10 && two <= 26) ways[i] = (ways[i] + ways[i - 2]) % MOD;
            }
        }
        return (int) ways[n];
    }
};
