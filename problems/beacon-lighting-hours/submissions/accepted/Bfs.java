// Breadth-first search over adjacency lists packed into arrays (compressed sparse rows).
class Solution {
    public int[] lightingHours(int n, int[][] sightlines, int start) {
        int[] first = new int[n + 1];
        for (int[] s : sightlines) {
            first[s[0] + 1]++;
            first[s[1] + 1]++;
        }
        for (int i = 0; i < n; i++) first[i + 1] += first[i];
        int[] fill = Arrays.copyOf(first, n);
        int[] sees = new int[first[n]];
        for (int[] s : sightlines) {
            sees[fill[s[0]]++] = s[1];
            sees[fill[s[1]]++] = s[0];
        }
        int[] hours = new int[n];
        Arrays.fill(hours, -1);
        int[] queue = new int[n];
        int head = 0, tail = 0;
        hours[start] = 0;
        queue[tail++] = start;
        while (head < tail) {
            int u = queue[head++];
            for (int k = first[u]; k < first[u + 1]; k++) {
                int v = sees[k];
                if (hours[v] == -1) {
                    hours[v] = hours[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return hours;
    }
}
