// Forgets that % keeps the sign of a negative running total: -3 % 3 is 0, but -1 % 3 is -1,
// so running totals 2 and -1 (remainders 2 and 2) are not matched.
class Solution {
public:
    long long crateEvenStretches(vector<int>& net, int k) {
        unordered_map<long long, int> seen;
        seen[0] = 1;
        long long total = 0, count = 0;
        for (int x : net) {
            total += x;
            count += seen[total % k]++;
        }
        return count;
    }
};
