// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, Go).
func aaR_listnode(v interface{}) *ListNode {
	var head *ListNode
	a := aaArray(v)
	for i := len(a) - 1; i >= 0; i-- {
		head = &ListNode{Val: aaR_int(a[i]), Next: head}
	}
	return head
}

func aaW_listnode(b []byte, node *ListNode) []byte {
	b = append(b, '[')
	for first := true; node != nil; node, first = node.Next, false {
		if !first {
			b = append(b, ',')
		}
		b = aaW_int(b, node.Val)
	}
	return append(b, ']')
}
