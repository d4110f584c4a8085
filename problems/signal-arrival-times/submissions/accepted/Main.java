// Dijkstra over arrays (a linked adjacency list) with a heap of (time, router) packed in long[]s.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in), m = (int) read(in), s = (int) read(in);
        int[] head = new int[n + 1], next = new int[m], to = new int[m];
        long[] delay = new long[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = (int) read(in);
            to[i] = (int) read(in);
            delay[i] = read(in);
            next[i] = head[u];
            head[u] = i;
        }
        long[] time = new long[n + 1];
        Arrays.fill(time, Long.MAX_VALUE);
        time[s] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, s});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > time[u]) continue;
            for (int e = head[u]; e != -1; e = next[e]) {
                long t = top[0] + delay[e];
                if (t < time[to[e]]) {
                    time[to[e]] = t;
                    heap.add(new long[] {t, to[e]});
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) out.append(' ');
            out.append(time[i] == Long.MAX_VALUE ? -1 : time[i]);
        }
        System.out.println(out);
    }

    private static long read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0') c = in.read();
        long value = 0;
        for (; c >= '0'; c = in.read()) value = value * 10 + (c - '0');
        return value;
    }
}
