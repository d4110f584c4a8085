// Sorted stalls and a two-pointer window holding every flavour; strictly shorter wins ties
// for the earliest start.
class Solution {
    public int[] shortestStroll(int[] positions, int[] flavours, int k) {
        int n = positions.length;
        long[] stalls = new long[n];  // position in the high bits, flavour in the low ones
        for (int i = 0; i < n; i++) stalls[i] = ((long) positions[i] << 20) | flavours[i];
        Arrays.sort(stalls);
        int[] count = new int[k];
        int have = 0, left = 0;
        long bestLen = Long.MAX_VALUE;
        int[] best = null;
        for (int right = 0; right < n; right++) {
            if (count[(int) (stalls[right] & 0xFFFFF)]++ == 0) have++;
            while (have == k) {
                long lo = stalls[left] >> 20, hi = stalls[right] >> 20;
                if (hi - lo < bestLen) {
                    bestLen = hi - lo;
                    best = new int[] {(int) lo, (int) hi};
                }
                if (--count[(int) (stalls[left] & 0xFFFFF)] == 0) have--;
                left++;
            }
        }
        return best;
    }
}
