// The right method with 32-bit counts: one species over 10^5 birds gives 5·10^9 stretches.
class Solution {
    static int atMost(const vector<int>& birds, int m) {
        if (m <= 0) return 0;
        vector<int> count(100001, 0);
        int kinds = 0;
        unsigned total = 0;  // wraps like a 32-bit int
        for (int left = 0, right = 0; right < (int) birds.size(); right++) {
            if (count[birds[right]]++ == 0) kinds++;
            while (kinds > m)
                if (--count[birds[left++]] == 0) kinds--;
            total += right - left + 1;
        }
        return (int) total;
    }

public:
    long long countStretches(vector<int>& birds, int k) {
        return (int) ((unsigned) atMost(birds, k) - (unsigned) atMost(birds, k - 1));
    }
};
