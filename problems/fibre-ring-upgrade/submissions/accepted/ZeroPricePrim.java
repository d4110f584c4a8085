// Prim's algorithm with a heap, treating every existing link as an edge of price 0.
class Solution {
    public int upgradeCost(int n, int[][] existing, int[][] offers) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (int[] e : existing) {
            out.get(e[0]).add(new int[] {0, e[1]});
            out.get(e[1]).add(new int[] {0, e[0]});
        }
        for (int[] o : offers) {
            out.get(o[0]).add(new int[] {o[2], o[1]});
            out.get(o[1]).add(new int[] {o[2], o[0]});
        }
        boolean[] seen = new boolean[n];
        PriorityQueue<int[]> heap = new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
        heap.add(new int[] {0, 0});
        long total = 0;
        int reached = 0;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            if (seen[top[1]]) continue;
            seen[top[1]] = true;
            reached++;
            total += top[0];
            for (int[] e : out.get(top[1]))
                if (!seen[e[1]]) heap.add(e);
        }
        return reached == n ? (int) total : -1;
    }
}
