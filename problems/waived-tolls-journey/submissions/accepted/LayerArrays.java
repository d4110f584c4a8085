// Dijkstra over (town, passes used): the roads in compact arrays (a linked list of outgoing
// roads per town), each heap entry a {cost, state} pair with state = town * (k + 1) + used.
class Solution {
    public long cheapestTrip(int n, int[][] roads, int src, int dst, int k) {
        int m = roads.length;
        int[] head = new int[n], next = new int[2 * m], to = new int[2 * m], toll = new int[2 * m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = roads[i][0], v = roads[i][1], c = roads[i][2];
            to[2 * i] = v; toll[2 * i] = c; next[2 * i] = head[u]; head[u] = 2 * i;
            to[2 * i + 1] = u; toll[2 * i + 1] = c; next[2 * i + 1] = head[v]; head[v] = 2 * i + 1;
        }
        int width = k + 1;
        long[] dist = new long[n * width];
        Arrays.fill(dist, Long.MAX_VALUE);
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        dist[src * width] = 0;
        heap.add(new long[] {0, src * width});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            long d = top[0];
            int s = (int) top[1];
            if (d > dist[s]) continue;
            int u = s / width, j = s % width;
            if (u == dst) return d;
            for (int e = head[u]; e != -1; e = next[e]) {
                int t = to[e] * width + j;
                if (d + toll[e] < dist[t]) {
                    dist[t] = d + toll[e];
                    heap.add(new long[] {dist[t], t});
                }
                if (j < k && d < dist[t + 1]) {
                    dist[t + 1] = d;
                    heap.add(new long[] {d, t + 1});
                }
            }
        }
        return -1;
    }
}
