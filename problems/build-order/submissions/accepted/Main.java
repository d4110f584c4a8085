// Kahn's algorithm over arrays: the adjacency in forward-star form, a plain array as the queue.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] head = new int[n + 1], next = new int[m], to = new int[m], waiting = new int[n + 1];
        java.util.Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int a = (int) in.nval;
            in.nextToken();
            int b = (int) in.nval;
            to[i] = b;
            next[i] = head[a];
            head[a] = i;
            waiting[b]++;
        }
        int[] queue = new int[n];
        int tail = 0;
        for (int t = 1; t <= n; t++) if (waiting[t] == 0) queue[tail++] = t;
        for (int h = 0; h < tail; h++)
            for (int e = head[queue[h]]; e != -1; e = next[e])
                if (--waiting[to[e]] == 0) queue[tail++] = to[e];
        if (tail < n) { System.out.println("IMPOSSIBLE"); return; }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(i == 0 ? "" : " ").append(queue[i]);
        System.out.println(out);
    }
}
