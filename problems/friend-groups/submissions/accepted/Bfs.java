// Breadth-first search from every person not yet reached: each start is one group.
class Solution {
    public int countGroups(int n, int[][] links) {
        List<List<Integer>> friends = new ArrayList<>();
        for (int i = 0; i < n; i++) friends.add(new ArrayList<>());
        for (int[] link : links) {
            friends.get(link[0]).add(link[1]);
            friends.get(link[1]).add(link[0]);
        }
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int groups = 0;
        for (int start = 0; start < n; start++) {
            if (seen[start]) continue;
            groups++;
            int head = 0, tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                for (int next : friends.get(queue[head++])) {
                    if (!seen[next]) {
                        seen[next] = true;
                        queue[tail++] = next;
                    }
                }
            }
        }
        return groups;
    }
}
