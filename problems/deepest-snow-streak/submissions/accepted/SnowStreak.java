// Keeps every morning's depth and streak; a new morning walks back by whole streaks: morning j
// with depth <= today's vouches for the streak[j] mornings ending at it. Amortised O(1): the
// mornings jumped over are never visited again by a later walk that reaches today.
class SnowStreak {
    private int[] depths = new int[16], streaks = new int[16];
    private int n = 0;

    public SnowStreak() {}

    public int measure(int depth) {
        if (n == depths.length) {
            depths = Arrays.copyOf(depths, 2 * n);
            streaks = Arrays.copyOf(streaks, 2 * n);
        }
        int j = n - 1;
        while (j >= 0 && depths[j] <= depth) j -= streaks[j];
        depths[n] = depth;
        streaks[n] = n - j;
        return streaks[n++];
    }
}
