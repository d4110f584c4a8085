// Counts the nodes first, so the number of full batches (n / k) is known; then flips each one
// by moving the node after the batch's first node to the front of the batch, k - 1 times.
class Solution {
    public ListNode flipInBatches(ListNode head, int k) {
        int n = 0;
        for (ListNode node = head; node != null; node = node.next) n++;
        ListNode dummy = new ListNode(0, head);
        ListNode prev = dummy;
        for (int batch = 0; batch < n / k; batch++) {
            ListNode first = prev.next;
            for (int i = 1; i < k; i++) {
                ListNode moved = first.next;
                first.next = moved.next;
                moved.next = prev.next;
                prev.next = moved;
            }
            prev = first;
        }
        return dummy.next;
    }
}
