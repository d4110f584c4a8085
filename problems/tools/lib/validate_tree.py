# A test holding one binary tree in level order (needs validate.py).


def read_tree(low, high, max_nodes, max_height, allow_empty):
    """A function problem's test holding one binary tree in level order (LeetCode's form:
    nulls for missing children, trailing nulls left out), values in low..high. Returns the
    tree's list, after checking its size and height."""
    args = read_json_line()
    if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
        reject("expected a JSON array holding one tree")
    return check_tree(args[0], low, high, max_nodes, max_height, allow_empty)


def check_tree(tree, low, high, max_nodes, max_height, allow_empty):
    """One argument holding a level-order tree, checked as read_tree checks it; returns it."""
    if not isinstance(tree, list):
        reject("a tree must be a level-order array")
    if not tree:
        if not allow_empty:
            reject("the tree must have at least one node")
        return tree
    if tree[0] is None:
        reject("a non-empty tree's root cannot be null (write the empty tree as [])")
    if tree[-1] is None:
        reject("trailing nulls must be left out")
    if not all(v is None or is_int(v, low, high) for v in tree):
        reject(f"every value must be null or an integer in {low}..{high}")
    # Rebuild the depths from the level order: each non-null entry has two child slots, which
    # belong to the non-null nodes in order; `parent` indexes them.
    depth = [1]
    for slot, v in enumerate(tree[1:]):
        parent = slot // 2
        if parent >= len(depth):
            reject(f"entry {slot + 1} has no parent")
        if v is not None:
            depth.append(depth[parent] + 1)
    if len(depth) > max_nodes:
        reject(f"{len(depth)} nodes, at most {max_nodes} allowed")
    if max(depth) > max_height:
        reject(f"height {max(depth)}, at most {max_height} allowed")
    return tree
