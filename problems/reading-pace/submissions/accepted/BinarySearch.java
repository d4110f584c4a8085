class Solution {
    public int slowestPace(int[] pages, int h) {
        int low = 1, high = 0;
        for (int p : pages) high = Math.max(high, p);
        while (low < high) {
            int mid = low + (high - low) / 2;
            long total = 0;
            for (int p : pages) total += (p + (long) mid - 1) / mid;
            if (total <= h) high = mid;
            else low = mid + 1;
        }
        return low;
    }
}
