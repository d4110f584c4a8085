// Peels leaves until only the cycle is left, then takes the latest cable with both ends on it.
class Solution {
    public int[] extraCable(int[][] cables) {
        int n = cables.length;
        int[] degree = new int[n + 1];
        int[] head = new int[n + 1], next = new int[2 * n], to = new int[2 * n];
        Arrays.fill(head, -1);
        for (int i = 0; i < n; i++) {
            int a = cables[i][0], b = cables[i][1];
            to[2 * i] = b; next[2 * i] = head[a]; head[a] = 2 * i;
            to[2 * i + 1] = a; next[2 * i + 1] = head[b]; head[b] = 2 * i + 1;
            degree[a]++; degree[b]++;
        }
        ArrayDeque<Integer> leaves = new ArrayDeque<>();
        for (int v = 1; v <= n; v++) if (degree[v] == 1) leaves.add(v);
        boolean[] gone = new boolean[n + 1];
        while (!leaves.isEmpty()) {
            int v = leaves.poll();
            gone[v] = true;
            for (int e = head[v]; e != -1; e = next[e])
                if (!gone[to[e]] && --degree[to[e]] == 1) leaves.add(to[e]);
        }
        for (int i = n - 1; i >= 0; i--)
            if (!gone[cables[i][0]] && !gone[cables[i][1]]) return cables[i];
        return new int[0];
    }
}
