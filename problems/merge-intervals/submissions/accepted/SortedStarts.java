// Sorts starts and ends separately: a merged block ends at ends[i] when the next start is
// past it. The i-th smallest start and end pair up into blocks just as the intervals do.
class Solution {
    public int[][] merge(int[][] intervals) {
        int n = intervals.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<int[]> merged = new ArrayList<>();
        for (int i = 0, first = 0; i < n; i++) {
            if (i == n - 1 || starts[i + 1] > ends[i]) {
                merged.add(new int[] {starts[first], ends[i]});
                first = i + 1;
            }
        }
        return merged.toArray(new int[0][]);
    }
}
