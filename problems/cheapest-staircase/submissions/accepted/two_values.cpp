class Solution {
public:
    long long cheapestClimb(vector<long long>& tolls) {
        size_t n = tolls.size();
        if (n == 1) return 0;
        long long a = tolls[0], b = tolls[1];
        for (size_t i = 2; i < n; i++) {
            long long c = tolls[i] + min(a, b);
            a = b;
            b = c;
        }
        return min(a, b);
    }
};
