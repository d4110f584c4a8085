class Solution {
    public boolean hasNearbyRepeat(int[] nums, int k) {
        Map<Integer, Integer> last = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer previous = last.put(nums[j], j);
            if (previous != null && j - previous <= k) return true;
        }
        return false;
    }
}
