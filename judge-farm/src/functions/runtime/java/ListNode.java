    // ListNode's wire form, [1,2,3] (AlgoArena driver runtime, Java; methods of Main).
    static ListNode r_listnode(Object v) {
        java.util.List<Object> a = array(v);
        ListNode head = null;
        for (int i = a.size() - 1; i >= 0; i--) head = new ListNode(r_int(a.get(i)), head);
        return head;
    }

    static void w_listnode(StringBuilder b, ListNode node) {
        b.append('[');
        for (boolean first = true; node != null; node = node.next, first = false) {
            if (!first) b.append(',');
            w_int(b, node.val);
        }
        b.append(']');
    }
