class Solution {
    public long smallestPlot(int[][] stakes) {
        int[][] sorted = stakes.clone();
        Arrays.sort(sorted, (p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        Map<Long, Integer> last = new HashMap<>();  // heights (y1, y2) -> last column holding both
        long best = 0;
        for (int start = 0; start < sorted.length; ) {
            int end = start, x = sorted[start][0];
            while (end < sorted.length && sorted[end][0] == x) end++;
            for (int i = start; i < end; i++) {
                for (int j = i + 1; j < end; j++) {
                    int y1 = sorted[i][1], y2 = sorted[j][1];
                    long pair = (long) (y1 + 50000) * 100001 + (y2 + 50000);
                    Integer before = last.put(pair, x);
                    if (before != null) {
                        long area = (long) (x - before) * (y2 - y1);
                        if (best == 0 || area < best) best = area;
                    }
                }
            }
            start = end;
        }
        return best;
    }
}
