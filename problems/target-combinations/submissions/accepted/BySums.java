// Dynamic programme over sums: after part p is processed, combos[s] holds every combination
// of the parts so far that sums to s, each ending with its largest part (so already sorted).
class Solution {
    public List<List<Integer>> targetCombinations(int[] parts, int target) {
        int[] sorted = parts.clone();
        Arrays.sort(sorted);
        List<List<List<Integer>>> combos = new ArrayList<>();
        for (int s = 0; s <= target; s++) combos.add(new ArrayList<>());
        combos.get(0).add(new ArrayList<>());
        for (int p : sorted) {
            for (int s = p; s <= target; s++) {
                for (List<Integer> c : combos.get(s - p)) {
                    List<Integer> longer = new ArrayList<>(c);
                    longer.add(p);
                    combos.get(s).add(longer);
                }
            }
        }
        return combos.get(target);
    }
}
