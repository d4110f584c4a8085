    // ListNode's wire form, [1,2,3] (AlgoArena driver runtime, C#; methods of AlgoArenaMain).
    static ListNode r_listnode(object v) {
        List<object> a = Elements(v);
        ListNode head = null;
        for (int i = a.Count - 1; i >= 0; i--) head = new ListNode(r_int(a[i]), head);
        return head;
    }

    static void w_listnode(StringBuilder b, ListNode node) {
        b.Append('[');
        for (bool first = true; node != null; node = node.next, first = false) {
            if (!first) b.Append(',');
            w_int(b, node.val);
        }
        b.Append(']');
    }
