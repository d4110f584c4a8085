// Two passes: count the nodes, then walk to the predecessor of node n - k (0-based).
class Solution {
    public ListNode removeKthFromEnd(ListNode head, int k) {
        int n = 0;
        for (ListNode node = head; node != null; node = node.next) n++;
        if (k == n) return head.next;
        ListNode before = head;
        for (int i = 1; i < n - k; i++) before = before.next;
        before.next = before.next.next;
        return head;
    }
}
