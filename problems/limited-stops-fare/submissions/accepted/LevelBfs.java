// Breadth-first by number of flights: level j holds the cities whose fare improved with j
// flights; only those are expanded in the next level.
class Solution {
    public int cheapestFare(int n, int[][] flights, int src, int dst, int k) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (int[] f : flights) out.get(f[0]).add(new int[] {f[1], f[2]});
        int[] best = new int[n];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[src] = 0;
        Map<Integer, Integer> level = new HashMap<>();
        level.put(src, 0);
        for (int flightsUsed = 1; flightsUsed <= k + 1 && !level.isEmpty(); flightsUsed++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (Map.Entry<Integer, Integer> e : level.entrySet()) {
                for (int[] f : out.get(e.getKey())) {
                    int fare = e.getValue() + f[1];
                    if (fare < best[f[0]]) {
                        best[f[0]] = fare;
                        next.merge(f[0], fare, Math::min);
                    }
                }
            }
            level = next;
        }
        return best[dst] == Integer.MAX_VALUE ? -1 : best[dst];
    }
}
