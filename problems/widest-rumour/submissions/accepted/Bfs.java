// Breadth-first search from every student not yet reached; each search covers one group.
class Solution {
    public int widestRumour(int n, int[][] friendships) {
        int[] degree = new int[n];
        for (int[] f : friendships) {
            degree[f[0]]++;
            degree[f[1]]++;
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
        int[] fill = Arrays.copyOf(start, n);
        int[] adj = new int[start[n]];
        for (int[] f : friendships) {
            adj[fill[f[0]]++] = f[1];
            adj[fill[f[1]]++] = f[0];
        }
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int best = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) continue;
            int head = 0, tail = 0;
            queue[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int u = queue[head++];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int v = adj[k];
                    if (!seen[v]) {
                        seen[v] = true;
                        queue[tail++] = v;
                    }
                }
            }
            best = Math.max(best, tail);
        }
        return best;
    }
}
