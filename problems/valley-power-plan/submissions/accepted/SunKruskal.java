// Kruskal with a virtual "sun" node n; an array at village i is a line sun-i. Lines are sorted
// as packed longs (cost << 18 | index) and joined with union-find; the total needs a long.
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public long cheapestPower(int[] panels, int[][] cables) {
        int n = panels.length, m = cables.length;
        long[] keys = new long[m + n];
        for (int j = 0; j < m; j++) keys[j] = ((long) cables[j][2] << 18) | j;
        for (int i = 0; i < n; i++) keys[m + i] = ((long) panels[i] << 18) | (m + i);
        Arrays.sort(keys);
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        long total = 0;
        int joined = 0;
        for (long key : keys) {
            int idx = (int) (key & ((1 << 18) - 1));
            int a, b;
            if (idx < m) { a = cables[idx][0]; b = cables[idx][1]; }
            else { a = idx - m; b = n; }
            int ra = find(a), rb = find(b);
            if (ra == rb) continue;
            parent[ra] = rb;
            total += key >>> 18;
            if (++joined == n) break;
        }
        return total;
    }
}
