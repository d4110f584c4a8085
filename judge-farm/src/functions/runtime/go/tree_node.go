// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, Go).
func aaR_treenode(v interface{}) *TreeNode {
	a := aaArray(v)
	node := func(i int) *TreeNode {
		if i >= len(a) || a[i] == nil {
			return nil
		}
		return &TreeNode{Val: aaR_int(a[i])}
	}
	root := node(0)
	if root == nil {
		return nil
	}
	parents := []*TreeNode{root}
	for p, i := 0, 1; p < len(parents) && i < len(a); p, i = p+1, i+2 {
		parent := parents[p]
		parent.Left, parent.Right = node(i), node(i+1)
		for _, child := range []*TreeNode{parent.Left, parent.Right} {
			if child != nil {
				parents = append(parents, child)
			}
		}
	}
	return root
}

func aaW_treenode(b []byte, root *TreeNode) []byte {
	var out [][]byte
	queue := []*TreeNode{root}
	for q := 0; q < len(queue); q++ {
		if queue[q] == nil {
			out = append(out, []byte("null"))
		} else {
			out = append(out, aaW_int(nil, queue[q].Val))
			queue = append(queue, queue[q].Left, queue[q].Right)
		}
	}
	for len(out) > 0 && string(out[len(out)-1]) == "null" {
		out = out[:len(out)-1]
	}
	b = append(b, '[')
	for i, item := range out {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, item...)
	}
	return append(b, ']')
}
