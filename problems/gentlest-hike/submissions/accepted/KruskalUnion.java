// Joins neighbouring cells in order of their altitude difference until the two corners meet.
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int gentlestHike(int[][] heights) {
        int m = heights.length, n = heights[0].length;
        if (m * n == 1) return 0;
        int edges = m * (n - 1) + (m - 1) * n, e = 0;
        long[] keyed = new long[edges];  // difference << 32 | edge id, sorted as one long
        int[] a = new int[edges], b = new int[edges];
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (c + 1 < n) { a[e] = r * n + c; b[e] = r * n + c + 1; keyed[e] = (long) Math.abs(heights[r][c] - heights[r][c + 1]) << 32 | e; e++; }
                if (r + 1 < m) { a[e] = r * n + c; b[e] = (r + 1) * n + c; keyed[e] = (long) Math.abs(heights[r][c] - heights[r + 1][c]) << 32 | e; e++; }
            }
        Arrays.sort(keyed);
        parent = new int[m * n];
        for (int i = 0; i < m * n; i++) parent[i] = i;
        for (long k : keyed) {
            int id = (int) (k & 0xffffffffL);
            int ra = find(a[id]), rb = find(b[id]);
            if (ra != rb) parent[ra] = rb;
            if (find(0) == find(m * n - 1)) return (int) (k >>> 32);
        }
        return 0;
    }
}
