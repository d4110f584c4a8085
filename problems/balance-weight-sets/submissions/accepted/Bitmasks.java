// Every mask of the sorted weights with the right total, then the lists sorted
// lexicographically (the masks' numeric order is not the lists' order).
class Solution {
    public List<List<Integer>> balanceSets(int[] weights, int target) {
        int[] w = weights.clone();
        Arrays.sort(w);
        int n = w.length;
        List<List<Integer>> found = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            int total = 0;
            List<Integer> set = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    total += w[i];
                    set.add(w[i]);
                }
            }
            if (total == target) found.add(set);
        }
        found.sort((a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(a.size(), b.size());
        });
        return found;
    }
}
