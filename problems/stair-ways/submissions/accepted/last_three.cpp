class Solution {
public:
    int stairWays(int n) {
        const long long MOD = 1000000007;
        long long a = 0, b = 0, c = 1;  // ways(i - 3), ways(i - 2), ways(i - 1) for i = 1
        for (int i = 0; i < n; i++) {
            long long next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        return (int)c;
    }
};
