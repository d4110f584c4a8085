// Binary search on the price; for a price x, two pointers count the combos costing <= x
// (row i of the sorted table mains[i] + drinks[j] holds j + 1 of them).
class Solution {
    public long kthCheapestCombo(int[] mains, int[] drinks, long k) {
        long lo = (long) mains[0] + drinks[0];
        long hi = (long) mains[mains.length - 1] + drinks[drinks.length - 1];
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (atMost(mains, drinks, mid) >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long atMost(int[] mains, int[] drinks, long x) {
        long count = 0;
        int j = drinks.length - 1;
        for (int i = 0; i < mains.length && j >= 0; i++) {
            while (j >= 0 && (long) mains[i] + drinks[j] > x) j--;
            count += j + 1;
        }
        return count;
    }
}
