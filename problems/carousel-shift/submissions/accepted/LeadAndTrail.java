// Counts n, then sends a lead pointer s = k mod n nodes ahead of a trail pointer: when lead is
// on the last node, trail is on the new tail.
class Solution {
    public ListNode advanceCarousel(ListNode head, int k) {
        int n = 0;
        for (ListNode node = head; node != null; node = node.next) n++;
        if (n == 0 || k % n == 0) return head;
        int s = k % n;
        ListNode lead = head, trail = head;
        for (int i = 0; i < s; i++) lead = lead.next;
        while (lead.next != null) { lead = lead.next; trail = trail.next; }
        ListNode newHead = trail.next;
        trail.next = null;
        lead.next = head;
        return newHead;
    }
}
