class Solution {
    static long long atMost(const vector<int>& birds, int m) {
        if (m <= 0) return 0;
        vector<int> count(100001, 0);
        int kinds = 0;
        long long total = 0;  // reaches n (n + 1) / 2
        for (int left = 0, right = 0; right < (int) birds.size(); right++) {
            if (count[birds[right]]++ == 0) kinds++;
            while (kinds > m)
                if (--count[birds[left++]] == 0) kinds--;
            total += right - left + 1;
        }
        return total;
    }

public:
    long long countStretches(vector<int>& birds, int k) { return atMost(birds, k) - atMost(birds, k - 1); }
};
