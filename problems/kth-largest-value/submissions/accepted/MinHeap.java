// A min-heap of the k largest values seen so far; its top is the k-th largest.
class Solution {
    public int kthLargest(int[] nums, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int v : nums) {
            heap.add(v);
            if (heap.size() > k) heap.poll();
        }
        return heap.peek();
    }
}
