// Merges the two ledgers only up to the middle: O(m + n), simple and fast enough here.
class Solution {
    public double mergedMedian(int[] a, int[] b) {
        int total = a.length + b.length, i = 0, j = 0;
        long prev = 0, cur = 0;
        for (int k = 0; k <= total / 2; k++) {
            prev = cur;
            if (j >= b.length || (i < a.length && a[i] <= b[j])) cur = a[i++];
            else cur = b[j++];
        }
        return total % 2 == 1 ? cur : (prev + cur) / 2.0;
    }
}
