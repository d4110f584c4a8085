// Merges every feed into one sorted array at construction, then reads it with an index;
// skipTo binary-searches from the index.
class FeedCursor {
    private final int[] all;
    private int at = 0;

    public FeedCursor(int[][] feeds) {
        int total = 0;
        for (int[] f : feeds) total += f.length;
        all = new int[total];
        int k = 0;
        for (int[] f : feeds)
            for (int v : f) all[k++] = v;
        Arrays.sort(all);
    }

    public int next() {
        return all[at++];
    }

    public int peek() {
        return all[at];
    }

    public boolean hasNext() {
        return at < all.length;
    }

    public int skipTo(int x) {
        int lo = at, hi = all.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all[mid] < x) lo = mid + 1; else hi = mid;
        }
        int skipped = lo - at;
        at = lo;
        return skipped;
    }
}
