// Counts each distinct value, then for every pair of distinct values a <= b looks up the third
// c = -a-b >= b among the counts: O(d^2) over the d distinct values, no index bookkeeping.
class Solution {
    public List<List<Integer>> zeroSumTriples(int[] nums) {
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int v : nums) count.merge(v, 1, Integer::sum);
        Integer[] vals = count.keySet().toArray(new Integer[0]);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < vals.length; i++) {
            int a = vals[i];
            for (int j = i; j < vals.length; j++) {
                int b = vals[j], c = -a - b;
                if (c < b) break;
                Integer have = count.get(c);
                if (have == null) continue;
                // How many copies each repeated value needs.
                boolean ok;
                if (a == b && b == c) ok = have >= 3;
                else if (a == b) ok = count.get(a) >= 2;
                else if (b == c) ok = have >= 2;
                else ok = true;
                if (ok) out.add(Arrays.asList(a, b, c));
            }
        }
        return out;
    }
}
