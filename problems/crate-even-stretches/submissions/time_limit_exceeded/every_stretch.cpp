// Right answers, but sums every stretch: n(n+1)/2 remainders, 5·10^9 for n = 10^5.
class Solution {
public:
    long long crateEvenStretches(vector<int>& net, int k) {
        int n = net.size();
        long long count = 0;
        for (int l = 0; l < n; l++) {
            long long total = 0;
            for (int r = l; r < n; r++) {
                total += net[r];
                if (total % k == 0) count++;
            }
        }
        return count;
    }
};
