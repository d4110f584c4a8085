// Binary search on the largest workload. The check jumps over whole stretches: with prefix
// sums, the longest stretch from section i within the limit ends where a binary search over
// the prefix sums says, so a check costs O(k log n) instead of O(n). The search starts at
// max(max(work), ceil(sum / k)): no plan can beat the average.
class Solution {
    public long balancedCrewLoad(int[] work, int k) {
        int n = work.length;
        long[] prefix = new long[n + 1];
        long biggest = 0;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + work[i];
            biggest = Math.max(biggest, work[i]);
        }
        long lo = Math.max(biggest, (prefix[n] + k - 1) / k), hi = prefix[n];
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (fits(prefix, k, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    // Whether at most k stretches of workload <= limit cover the road (limit >= max(work)).
    private static boolean fits(long[] prefix, int k, long limit) {
        int n = prefix.length - 1, start = 0;
        for (int crew = 0; crew < k; crew++) {
            // The last end e with prefix[e] - prefix[start] <= limit.
            int low = start, high = n;
            while (low < high) {
                int m = (low + high + 1) >>> 1;
                if (prefix[m] - prefix[start] <= limit) low = m;
                else high = m - 1;
            }
            start = low;
            if (start == n) return true;
        }
        return false;
    }
}
