// After sorting, the middle entry lies inside the run of the majority value, whichever way
// the other values fall.
class Solution {
    public int majorityValue(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
