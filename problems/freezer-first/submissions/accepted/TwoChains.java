class Solution {
    public ListNode freezerFirst(ListNode head, int limit) {
        ListNode cold = new ListNode(0), warm = new ListNode(0);
        ListNode coldTail = cold, warmTail = warm;
        for (ListNode node = head; node != null; node = node.next) {
            if (node.val < limit) { coldTail.next = node; coldTail = node; }
            else { warmTail.next = node; warmTail = node; }
        }
        warmTail.next = null;  // the last warm node may still point at a cold one
        coldTail.next = warm.next;
        return cold.next;
    }
}
