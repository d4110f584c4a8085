// Prim: grow one tree from office 1, always adding the cheapest cable that leaves it (a heap of
// cable numbers ordered by cost, stale ones skipped).
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] u = new int[m], v = new int[m];
        long[] c = new long[m];
        List<List<Integer>> touching = new ArrayList<>();
        for (int i = 0; i <= n; i++) touching.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            in.nextToken(); u[i] = (int) in.nval;
            in.nextToken(); v[i] = (int) in.nval;
            in.nextToken(); c[i] = (long) in.nval;
            touching.get(u[i]).add(i);
            touching.get(v[i]).add(i);
        }
        boolean[] inTree = new boolean[n + 1];
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> Long.compare(c[a], c[b]));
        inTree[1] = true;
        heap.addAll(touching.get(1));
        long total = 0;
        StringBuilder chosen = new StringBuilder();
        int taken = 0;
        while (!heap.isEmpty() && taken < n - 1) {
            int e = heap.poll();
            int outside = inTree[u[e]] ? v[e] : u[e];
            if (inTree[outside]) continue;
            inTree[outside] = true;
            total += c[e];
            chosen.append(taken++ == 0 ? "" : " ").append(e + 1);
            heap.addAll(touching.get(outside));
        }
        if (taken != n - 1) {
            System.out.println(-1);
        } else {
            System.out.println(total);
            System.out.println(chosen);
        }
    }
}
