// Starts the recurrence from ways(1) = 1, ways(2) = 2, ways(3) = 3: the single 3-step move
// is missing from ways(3), and every later value inherits the error.
class Solution {
public:
    int stairWays(int n) {
        const long long MOD = 1000000007;
        if (n <= 3) return n;
        long long a = 1, b = 2, c = 3;
        for (int i = 4; i <= n; i++) {
            long long next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        return (int)c;
    }
};
