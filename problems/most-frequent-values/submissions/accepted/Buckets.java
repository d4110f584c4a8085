// Buckets by count: walk from the highest count down, each bucket's values in increasing order.
class Solution {
    public int[] mostFrequent(int[] nums, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) counts.merge(x, 1, Integer::sum);
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i <= nums.length; i++) buckets.add(new ArrayList<>());
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) buckets.get(e.getValue()).add(e.getKey());
        int[] out = new int[k];
        int taken = 0;
        for (int count = nums.length; count >= 1 && taken < k; count--) {
            List<Integer> bucket = buckets.get(count);
            Collections.sort(bucket);
            for (int i = 0; i < bucket.size() && taken < k; i++) out[taken++] = bucket.get(i);
        }
        return out;
    }
}
