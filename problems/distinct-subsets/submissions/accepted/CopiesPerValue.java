// No recursion: for each distinct value (in increasing order) with c copies, every subset found
// so far is extended with 0, 1, ..., c copies of it.
class Solution {
    public List<List<Integer>> distinctSubsets(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        List<List<Integer>> subsets = new ArrayList<>();
        subsets.add(new ArrayList<>());
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> s : subsets) {
                List<Integer> grown = new ArrayList<>(s);
                next.add(new ArrayList<>(grown));
                for (int k = i; k < j; k++) {
                    grown.add(sorted[i]);
                    next.add(new ArrayList<>(grown));
                }
            }
            subsets = next;
            i = j;
        }
        return subsets;
    }
}
