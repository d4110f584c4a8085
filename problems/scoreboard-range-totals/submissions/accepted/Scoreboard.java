// A Fenwick tree of longs beside the current scores.
class Scoreboard {
    private final int n;
    private final long[] tree;
    private final int[] scores;

    public Scoreboard(int[] scores) {
        this.n = scores.length;
        this.scores = scores.clone();
        this.tree = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            tree[i] += scores[i - 1];
            int j = i + (i & -i);
            if (j <= n) tree[j] += tree[i];
        }
    }

    public void set(int index, int value) {
        long d = (long) value - scores[index];
        scores[index] = value;
        for (int i = index + 1; i <= n; i += i & -i) tree[i] += d;
    }

    private long prefix(int i) {
        long s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

    public long total(int left, int right) {
        return prefix(right + 1) - prefix(left);
    }
}
