// The same sweep in Java: passes sorted by first day, query indices sorted by day, and a
// min-heap of pass indices keyed by cost; a pass whose last day has gone is popped lazily.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        long[] first = new long[n], last = new long[n], cost = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken(); first[i] = (long) in.nval;
            in.nextToken(); last[i] = (long) in.nval;
            in.nextToken(); cost[i] = (long) in.nval;
        }
        long[] day = new long[q];
        for (int j = 0; j < q; j++) { in.nextToken(); day[j] = (long) in.nval; }
        Integer[] byFirst = new Integer[n];
        for (int i = 0; i < n; i++) byFirst[i] = i;
        Arrays.sort(byFirst, (a, b) -> Long.compare(first[a], first[b]));
        Integer[] byDay = new Integer[q];
        for (int j = 0; j < q; j++) byDay[j] = j;
        Arrays.sort(byDay, (a, b) -> Long.compare(day[a], day[b]));
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> Long.compare(cost[a], cost[b]));
        long[] answer = new long[q];
        int i = 0;
        for (int j : byDay) {
            long x = day[j];
            while (i < n && first[byFirst[i]] <= x) heap.add(byFirst[i++]);
            while (!heap.isEmpty() && last[heap.peek()] < x) heap.poll();
            answer[j] = heap.isEmpty() ? -1 : cost[heap.peek()];
        }
        StringBuilder out = new StringBuilder();
        for (long a : answer) out.append(a).append('\n');
        System.out.print(out);
    }
}
