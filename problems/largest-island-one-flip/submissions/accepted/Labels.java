// Breadth-first labelling with an int[] queue, then one pass over the water cells.
class Solution {
    public int largestIsland(int[][] grid) {
        int n = grid.length;
        int[] label = new int[n * n], queue = new int[n * n];
        List<Integer> sizes = new ArrayList<>();
        sizes.add(0);
        for (int start = 0; start < n * n; start++) {
            if (grid[start / n][start % n] == 0 || label[start] != 0) continue;
            int island = sizes.size(), head = 0, tail = 0;
            label[start] = island;
            queue[tail++] = start;
            while (head < tail) {
                int cell = queue[head++], r = cell / n, c = cell % n;
                int[][] around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
                for (int[] p : around) {
                    if (p[0] < 0 || p[0] >= n || p[1] < 0 || p[1] >= n) continue;
                    int next = p[0] * n + p[1];
                    if (grid[p[0]][p[1]] == 1 && label[next] == 0) {
                        label[next] = island;
                        queue[tail++] = next;
                    }
                }
            }
            sizes.add(tail);
        }
        int best = Collections.max(sizes);
        for (int cell = 0; cell < n * n; cell++) {
            int r = cell / n, c = cell % n;
            if (grid[r][c] == 1) continue;
            Set<Integer> near = new HashSet<>();
            if (r > 0) near.add(label[cell - n]);
            if (r + 1 < n) near.add(label[cell + n]);
            if (c > 0) near.add(label[cell - 1]);
            if (c + 1 < n) near.add(label[cell + 1]);
            int total = 1;
            for (int island : near) total += sizes.get(island);
            best = Math.max(best, total);
        }
        return best;
    }
}
