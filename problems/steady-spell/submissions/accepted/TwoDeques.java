// Sliding window: the left end only moves right. Two monotonic deques of indices hold the
// candidates for the window's maximum (readings decreasing) and minimum (increasing).
class Solution {
    public int longestSteadySpell(int[] readings, int limit) {
        ArrayDeque<Integer> highs = new ArrayDeque<>(), lows = new ArrayDeque<>();
        int left = 0, best = 0;
        for (int right = 0; right < readings.length; right++) {
            int x = readings[right];
            while (!highs.isEmpty() && readings[highs.peekLast()] <= x) highs.pollLast();
            highs.addLast(right);
            while (!lows.isEmpty() && readings[lows.peekLast()] >= x) lows.pollLast();
            lows.addLast(right);
            while (readings[highs.peekFirst()] - readings[lows.peekFirst()] > limit) {
                left++;
                if (highs.peekFirst() < left) highs.pollFirst();
                if (lows.peekFirst() < left) lows.pollFirst();
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
