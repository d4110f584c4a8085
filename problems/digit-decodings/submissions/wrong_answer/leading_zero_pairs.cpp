// Reads any two digits up to 26 as a letter, so "06" counts as F.
class Solution {
public:
    int countDecodings(string digits) {
        const long long MOD = 1'000'000'007;
        long long before = 0, last = 1;
        for (size_t i = 0; i < digits.size(); i++) {
            long long now = digits[i] != '0' ? last : 0;
            if (i > 0) {
                int two = (digits[i - 1] - '0') * 10 + (digits[i] - '0');
                if (two >= 1 && two <= 26) now += before;
            }
            before = last;
            last = now % MOD;
        }
        return (int) last;
    }
};
