// Kruskal, root the tree at town 0, then walk each non-tree track's tree path by parent
// pointers, keeping the largest cost strictly below the track's cost. O(n * m), fine for n <= 2000.
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int runnerUpCost(int n, int[][] tracks) {
        int m = tracks.length;
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Integer.compare(tracks[x][2], tracks[y][2]));
        boolean[] inTree = new boolean[m];
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        long total = 0;
        int used = 0;
        for (int i : order) {
            int a = find(tracks[i][0]), b = find(tracks[i][1]);
            if (a == b) continue;
            parent[a] = b;
            inTree[i] = true;
            total += tracks[i][2];
            used++;
            adj.get(tracks[i][0]).add(new int[] {tracks[i][1], tracks[i][2]});
            adj.get(tracks[i][1]).add(new int[] {tracks[i][0], tracks[i][2]});
        }
        if (used != n - 1) return -1;
        int[] par = new int[n], pc = new int[n], depth = new int[n], queue = new int[n];
        boolean[] seen = new boolean[n];
        seen[0] = true;
        int head = 0, tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int u = queue[head++];
            for (int[] e : adj.get(u))
                if (!seen[e[0]]) {
                    seen[e[0]] = true;
                    par[e[0]] = u;
                    pc[e[0]] = e[1];
                    depth[e[0]] = depth[u] + 1;
                    queue[tail++] = e[0];
                }
        }
        long best = -1;
        for (int i = 0; i < m; i++) {
            if (inTree[i]) continue;
            int a = tracks[i][0], b = tracks[i][1], c = tracks[i][2], drop = -1;
            while (a != b) {
                if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
                if (pc[a] < c && pc[a] > drop) drop = pc[a];
                a = par[a];
            }
            if (drop > 0) {
                long cand = total - drop + c;
                if (best < 0 || cand < best) best = cand;
            }
        }
        return (int) best;
    }
}
