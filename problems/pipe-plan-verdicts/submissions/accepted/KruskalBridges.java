// Kruskal one cost at a time; the bridges of each cost's multigraph on the union-find roots
// are the pipes in every cheapest plan.
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int[] classifyPipes(int n, int[][] pipes) {
        int m = pipes.length;
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Integer[] boxed = new Integer[m];
        for (int i = 0; i < m; i++) boxed[i] = i;
        Arrays.sort(boxed, (a, b) -> Integer.compare(pipes[a][2], pipes[b][2]));
        int[] verdict = new int[m], disc = new int[n], low = new int[n], head = new int[n];
        Arrays.fill(disc, -1);
        Arrays.fill(head, -1);
        int[] nxt = new int[2 * m], to = new int[2 * m], id = new int[2 * m], touched = new int[2 * m];
        int[] stV = new int[n + 1], stCame = new int[n + 1], stArc = new int[n + 1];
        for (int i = 0; i < m;) {
            int j = i;
            while (j < m && pipes[boxed[j]][2] == pipes[boxed[i]][2]) j++;
            int arcs = 0, nt = 0;
            for (int t = i; t < j; t++) {
                int e = boxed[t], a = find(pipes[e][0]), b = find(pipes[e][1]);
                if (a == b) continue;
                verdict[e] = 1;
                if (head[a] == -1) touched[nt++] = a;
                to[arcs] = b; id[arcs] = e; nxt[arcs] = head[a]; head[a] = arcs++;
                if (head[b] == -1) touched[nt++] = b;
                to[arcs] = a; id[arcs] = e; nxt[arcs] = head[b]; head[b] = arcs++;
            }
            int timer = 0;
            for (int k = 0; k < nt; k++) {
                int s = touched[k];
                if (disc[s] != -1) continue;
                disc[s] = low[s] = timer++;
                int sp = 0;
                stV[sp] = s; stCame[sp] = -1; stArc[sp] = head[s]; sp++;
                while (sp > 0) {
                    int v = stV[sp - 1];
                    int arc = stArc[sp - 1];
                    if (arc != -1) {
                        stArc[sp - 1] = nxt[arc];
                        if (id[arc] == stCame[sp - 1]) continue;
                        int w = to[arc];
                        if (disc[w] != -1) low[v] = Math.min(low[v], disc[w]);
                        else {
                            disc[w] = low[w] = timer++;
                            stV[sp] = w; stCame[sp] = id[arc]; stArc[sp] = head[w]; sp++;
                        }
                    } else {
                        int came = stCame[sp - 1];
                        sp--;
                        if (sp > 0) {
                            int p = stV[sp - 1];
                            low[p] = Math.min(low[p], low[v]);
                            if (low[v] > disc[p]) verdict[came] = 2;
                        }
                    }
                }
            }
            for (int k = 0; k < nt; k++) { head[touched[k]] = -1; disc[touched[k]] = -1; }
            for (int t = i; t < j; t++) {
                int e = boxed[t], a = find(pipes[e][0]), b = find(pipes[e][1]);
                if (a != b) parent[a] = b;
            }
            i = j;
        }
        return verdict;
    }
}
