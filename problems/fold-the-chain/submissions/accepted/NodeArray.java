// The nodes in an array, relinked by index from both ends: O(n) extra space.
class Solution {
    public ListNode foldChain(ListNode head) {
        List<ListNode> nodes = new ArrayList<>();
        for (ListNode p = head; p != null; p = p.next) nodes.add(p);
        int i = 0, j = nodes.size() - 1;
        ListNode tail = null;
        while (i <= j) {
            ListNode a = nodes.get(i++);
            if (tail != null) tail.next = a;
            tail = a;
            if (i - 1 != j) { tail.next = nodes.get(j); tail = nodes.get(j--); }
            else j--;
        }
        tail.next = null;
        return head;
    }
}
