class Solution {
    public int nonAdjacentSum(int[] nums) {
        int before = 0, last = 0; // best sums of the prefixes two and one values shorter
        for (int x : nums) {
            int next = Math.max(last, before + x);
            before = last;
            last = next;
        }
        return last;
    }
}
