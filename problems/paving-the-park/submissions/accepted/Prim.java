// Prim's algorithm: grow one paved network from kiosk 0, always adding the cheapest path that
// leaves it (a heap of candidate paths, stale ones skipped).
class Solution {
    public int pavingCost(int n, int[][] paths) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (int[] p : paths) {
            out.get(p[0]).add(new int[] {p[2], p[1]});
            out.get(p[1]).add(new int[] {p[2], p[0]});
        }
        boolean[] inTree = new boolean[n];
        PriorityQueue<int[]> heap = new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
        heap.add(new int[] {0, 0});
        long total = 0;
        int joined = 0;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int u = top[1];
            if (inTree[u]) continue;
            inTree[u] = true;
            joined++;
            total += top[0];
            for (int[] e : out.get(u))
                if (!inTree[e[1]]) heap.add(e);
        }
        return joined == n ? (int) total : -1;
    }
}
