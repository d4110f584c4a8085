// Ordinary Dijkstra on the lengths -log(p): the smallest sum is the largest product.
class Solution {
    public double safestRoute(int n, int[][] trails, double[] chance, int start, int goal) {
        List<List<double[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < trails.length; i++) {
            if (chance[i] == 0) continue;  // an impassable trail: length infinity
            double len = -Math.log(chance[i]);
            adj.get(trails[i][0]).add(new double[] {trails[i][1], len});
            adj.get(trails[i][1]).add(new double[] {trails[i][0], len});
        }
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[start] = 0;
        PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        heap.add(new double[] {0, start});
        while (!heap.isEmpty()) {
            double[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            if (u == goal) return Math.exp(-top[0]);
            for (double[] e : adj.get(u)) {
                int v = (int) e[0];
                if (top[0] + e[1] < dist[v]) {
                    dist[v] = top[0] + e[1];
                    heap.add(new double[] {dist[v], v});
                }
            }
        }
        return 0.0;
    }
}
