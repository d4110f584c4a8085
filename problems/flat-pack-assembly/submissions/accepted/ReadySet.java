// Kahn's algorithm; the ready steps are kept in a TreeSet, whose first element is the lowest.
class Solution {
    public int[] assemblyOrder(int n, int[][] rules) {
        List<List<Integer>> after = new ArrayList<>();
        for (int s = 0; s < n; s++) after.add(new ArrayList<>());
        int[] waits = new int[n];
        for (int[] r : rules) {
            after.get(r[0]).add(r[1]);
            waits[r[1]]++;
        }
        TreeSet<Integer> ready = new TreeSet<>();
        for (int s = 0; s < n; s++) if (waits[s] == 0) ready.add(s);
        int[] order = new int[n];
        int done = 0;
        while (!ready.isEmpty()) {
            int s = ready.pollFirst();
            order[done++] = s;
            for (int b : after.get(s)) if (--waits[b] == 0) ready.add(b);
        }
        return done == n ? order : new int[0];
    }
}
