// Offline sweep: hikers by skill, trails by grade, a union-find with set sizes.
class Solution {
    private int[] parent, size;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int[] reachCounts(int n, int[][] trails, int[][] hikers) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
        int[][] sorted = trails.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[2], b[2]));
        Integer[] order = new Integer[hikers.length];
        for (int j = 0; j < order.length; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> Integer.compare(hikers[a][1], hikers[b][1]));
        int[] answer = new int[hikers.length];
        int t = 0;
        for (int j : order) {
            while (t < sorted.length && sorted[t][2] < hikers[j][1]) {
                int a = find(sorted[t][0]), b = find(sorted[t][1]);
                t++;
                if (a == b) continue;
                if (size[a] < size[b]) { int x = a; a = b; b = x; }
                parent[b] = a;
                size[a] += size[b];
            }
            answer[j] = size[find(hikers[j][0])];
        }
        return answer;
    }
}
