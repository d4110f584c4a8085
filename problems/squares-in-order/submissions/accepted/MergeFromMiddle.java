// Finds the first non-negative value, then merges outwards from there: the smallest squares
// come first.
class Solution {
    public int[] squaresInOrder(int[] nums) {
        int n = nums.length, right = 0;
        while (right < n && nums[right] < 0) right++;
        int left = right - 1;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (left < 0 || (right < n && -nums[left] > nums[right])) { out[i] = nums[right] * nums[right]; right++; }
            else { out[i] = nums[left] * nums[left]; left--; }
        }
        return out;
    }
}
