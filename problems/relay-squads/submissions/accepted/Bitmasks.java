// Every mask with k bits set and a small enough total, then sorted by its list of indices
// (lexicographic order of the lists, which is not the masks' numeric order).
class Solution {
    public List<List<Integer>> relaySquads(int[] times, int k, int limit) {
        int n = times.length;
        List<List<Integer>> found = new ArrayList<>();
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != k) continue;
            int total = 0;
            List<Integer> squad = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    total += times[i];
                    squad.add(i);
                }
            }
            if (total <= limit) found.add(squad);
        }
        found.sort((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) return c;
            }
            return 0;
        });
        return found;
    }
}
