// Topological order by Kahn's algorithm over an edge-list adjacency; finish = start + minutes,
// where start is the latest finish among the prerequisites. -1 if some task is never ready.
class Solution {
    public int earliestFinish(int[] minutes, int[][] rules) {
        int n = minutes.length, m = rules.length;
        int[] head = new int[n], next = new int[m], to = new int[m], waiting = new int[n];
        Arrays.fill(head, -1);
        for (int k = 0; k < m; k++) {
            int a = rules[k][0], b = rules[k][1];
            to[k] = b;
            next[k] = head[a];
            head[a] = k;
            waiting[b]++;
        }
        int[] start = new int[n], queue = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) if (waiting[v] == 0) queue[tail++] = v;
        int last = 0;
        for (int i = 0; i < tail; i++) {
            int v = queue[i], finish = start[v] + minutes[v];
            last = Math.max(last, finish);
            for (int k = head[v]; k != -1; k = next[k]) {
                int w = to[k];
                start[w] = Math.max(start[w], finish);
                if (--waiting[w] == 0) queue[tail++] = w;
            }
        }
        return tail == n ? last : -1;
    }
}
