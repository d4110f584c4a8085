// BFS over (room, visited mask) states, all rooms as starting points.
class Solution {
    public int grandTour(int[][] graph) {
        int n = graph.length, full = (1 << n) - 1;
        boolean[][] seen = new boolean[1 << n][n];
        int[] queue = new int[(1 << n) * n];
        int head = 0, tail = 0;
        for (int v = 0; v < n; v++) {
            seen[1 << v][v] = true;
            queue[tail++] = (1 << v) * n + v;
        }
        for (int d = 0; ; d++) {
            int end = tail;
            for (; head < end; head++) {
                int mask = queue[head] / n, v = queue[head] % n;
                if (mask == full) return d;
                for (int w : graph[v]) {
                    int nm = mask | 1 << w;
                    if (!seen[nm][w]) {
                        seen[nm][w] = true;
                        queue[tail++] = nm * n + w;
                    }
                }
            }
        }
    }
}
