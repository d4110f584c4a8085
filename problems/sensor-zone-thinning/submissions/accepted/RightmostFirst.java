// Zones by right end; an overfull zone loses its rightmost remaining sensors (TreeSet of the
// indices still kept, so the rightmost kept sensor at or before hi is floor(hi)).
class Solution {
    public int fewestRemovals(int[] positions, int[][] zones, int k) {
        int n = positions.length;
        int[] ps = positions.clone();
        Arrays.sort(ps);
        int[] tree = new int[n + 1];
        for (int i = 1; i <= n; i++)
            for (int j = i; j <= n; j += j & -j) tree[j]++;
        TreeSet<Integer> kept = new TreeSet<>();
        for (int i = 0; i < n; i++) kept.add(i);
        int[][] zs = zones.clone();
        Arrays.sort(zs, (a, b) -> Integer.compare(a[1], b[1]));
        int removed = 0;
        for (int[] z : zs) {
            int lo = lowerBound(ps, z[0]), hi = lowerBound(ps, z[1] + 1);
            int extra = prefix(tree, hi) - prefix(tree, lo) - k;
            while (extra-- > 0) {
                int i = kept.floor(hi - 1);
                kept.remove(i);
                for (int j = i + 1; j <= n; j += j & -j) tree[j]--;
                removed++;
            }
        }
        return removed;
    }

    private static int prefix(int[] tree, int i) {
        int s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

    private static int lowerBound(int[] a, long x) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
