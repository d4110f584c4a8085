// Kruskal's algorithm over all n(n-1)/2 pairs, sorted by price, with a union-find.
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int cheapestCables(int[][] cost) {
        int n = cost.length;
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        long[] keys = new long[n * (n - 1) / 2];
        int t = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) keys[t++] = ((long) cost[i][j] << 20) | ((long) i << 10) | j;
        Arrays.sort(keys);
        long total = 0;
        for (long key : keys) {
            int i = (int) ((key >> 10) & 1023), j = (int) (key & 1023);
            int a = find(i), b = find(j);
            if (a == b) continue;
            parent[a] = b;
            total += key >> 20;
        }
        return (int) total;
    }
}
