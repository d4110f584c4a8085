// Floyd's tortoise and hare: they meet inside the cycle; the cycle holds 1 only if it is 1 -> 1.
class Solution {
    static int step(int n) {
        int s = 0;
        for (; n > 0; n /= 10) s += (n % 10) * (n % 10);
        return s;
    }

public:
    bool reachesOne(int n) {
        int slow = n, fast = step(n);
        while (slow != fast) {
            slow = step(slow);
            fast = step(step(fast));
        }
        return slow == 1;
    }
};
