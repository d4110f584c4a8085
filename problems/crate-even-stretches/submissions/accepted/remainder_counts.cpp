// Running totals modulo k, normalised to 0..k-1; a hash map counts each remainder.
class Solution {
public:
    long long crateEvenStretches(vector<int>& net, int k) {
        unordered_map<long long, int> seen;
        seen.reserve(net.size() * 2 + 1);
        seen[0] = 1;
        long long total = 0, count = 0;
        for (int x : net) {
            total += x;
            long long r = ((total % k) + k) % k;
            count += seen[r]++;
        }
        return count;
    }
};
