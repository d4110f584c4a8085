// Sorts the normalised remainders of the n + 1 running totals; each run of m equal ones gives
// m(m-1)/2 stretches. O(n log n), no hashing.
class Solution {
    public long crateEvenStretches(int[] net, int k) {
        int n = net.length;
        long[] rem = new long[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += net[i];
            rem[i + 1] = ((total % k) + k) % k;
        }
        Arrays.sort(rem);
        long count = 0;
        for (int i = 0, j; i <= n; i = j) {
            for (j = i; j <= n && rem[j] == rem[i]; j++) {}
            long m = j - i;
            count += m * (m - 1) / 2;
        }
        return count;
    }
}
