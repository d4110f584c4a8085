// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, Rust).
pub fn r_listnode(v: &J) -> Option<Box<ListNode>> {
    let mut head = None;
    for x in array(v).iter().rev() {
        let mut node = Box::new(ListNode::new(r_int(x)));
        node.next = head;
        head = Some(node);
    }
    head
}

pub fn w_listnode(b: &mut String, v: &Option<Box<ListNode>>) {
    b.push('[');
    let mut node = v.as_ref();
    let mut first = true;
    while let Some(current) = node {
        if !first {
            b.push(',');
        }
        first = false;
        w_int(b, &current.val);
        node = current.next.as_ref();
    }
    b.push(']');
}
