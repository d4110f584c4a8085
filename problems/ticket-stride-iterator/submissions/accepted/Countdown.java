// Counts the tickets left instead: ceil(|stop - start| / |step|) in 64 bits, 0 if start is
// already at or past stop.
class StrideIterator {
    private long cur, left;
    private final long step;

    public StrideIterator(int start, int stop, int step) {
        this.cur = start;
        this.step = step;
        long gap = step > 0 ? (long) stop - start : (long) start - stop;
        long s = Math.abs((long) step);
        this.left = gap <= 0 ? 0 : (gap + s - 1) / s;
    }

    public int next() {
        int value = (int) cur;
        cur += step;
        left--;
        return value;
    }

    public boolean hasNext() {
        return left > 0;
    }
}
