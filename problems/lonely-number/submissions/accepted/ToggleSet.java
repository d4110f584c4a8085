// A set that holds the values seen an odd number of times: in at the first sighting, out at the
// second. O(n) extra memory, unlike XOR, but still linear time.
class Solution {
    public int lonelyNumber(int[] nums) {
        Set<Integer> odd = new HashSet<>();
        for (int x : nums) {
            if (!odd.add(x)) odd.remove(x);
        }
        return odd.iterator().next();
    }
}
