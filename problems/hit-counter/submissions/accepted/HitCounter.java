// All hit times in a growing array (they arrive sorted); count binary-searches the window.
class HitCounter {
    private int[] times = new int[16];
    private int size = 0;

    public HitCounter() {}

    public void hit(int timestamp) {
        if (size == times.length) times = Arrays.copyOf(times, size * 2);
        times[size++] = timestamp;
    }

    public int count(int timestamp) {
        long oldest = (long) timestamp - 299;  // first second inside the window
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < oldest) lo = mid + 1;
            else hi = mid;
        }
        return size - lo;
    }
}
