// Stops as soon as the number has one digit and answers whether it is 1: misses 7.
class Solution {
public:
    bool reachesOne(int n) {
        while (n >= 10) {
            int s = 0;
            for (; n > 0; n /= 10) s += (n % 10) * (n % 10);
            n = s;
        }
        return n == 1;
    }
};
