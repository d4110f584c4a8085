// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, Rust).
type Tree = Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>;

pub fn r_treenode(v: &J) -> Tree {
    let a = array(v);
    let node = |i: usize| match a.get(i) {
        None | Some(J::Null) => None,
        Some(x) => Some(std::rc::Rc::new(std::cell::RefCell::new(TreeNode::new(
            r_int(x),
        )))),
    };
    let root = node(0)?;
    let mut parents = vec![root.clone()];
    let (mut p, mut i) = (0, 1);
    while p < parents.len() && i < a.len() {
        let (left, right) = (node(i), node(i + 1));
        let mut parent = parents[p].borrow_mut();
        parent.left = left.clone();
        parent.right = right.clone();
        drop(parent);
        parents.extend(left.into_iter().chain(right));
        p += 1;
        i += 2;
    }
    Some(root)
}

pub fn w_treenode(b: &mut String, v: &Tree) {
    let mut queue: Vec<Tree> = vec![v.clone()];
    let mut out: Vec<String> = Vec::new();
    let mut q = 0;
    while q < queue.len() {
        match queue[q].clone() {
            None => out.push("null".into()),
            Some(node) => {
                let node = node.borrow();
                out.push(node.val.to_string());
                queue.push(node.left.clone());
                queue.push(node.right.clone());
            }
        }
        q += 1;
    }
    while out.last().is_some_and(|last| last == "null") {
        out.pop();
    }
    b.push('[');
    b.push_str(&out.join(","));
    b.push(']');
}
