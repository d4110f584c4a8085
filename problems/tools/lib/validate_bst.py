# A binary search tree in level order (distinct values), for validators of BST problems.


def read_bst(tree, low, high, max_nodes, max_height):
    """Checks a non-empty level-order tree of integers in low..high that is a search tree of
    distinct values, with at most max_nodes nodes and max_height levels; returns its values."""
    if not isinstance(tree, list) or not tree:
        reject("root must be a non-empty level-order array")
    if tree[0] is None:
        reject("a non-empty tree's root cannot be null")
    if tree[-1] is None:
        reject("trailing nulls must be left out")
    if not all(v is None or is_int(v, low, high) for v in tree):
        reject(f"every value must be null or an integer in {low}..{high}")
    # nodes[i] = [value, depth, low, high]: the open interval its ancestors allow.
    nodes = [[tree[0], 1, None, None]]
    for slot, v in enumerate(tree[1:]):
        parent = slot // 2
        if parent >= len(nodes):
            reject(f"entry {slot + 1} has no parent")
        if v is None:
            continue
        pv, depth, above, below = nodes[parent]
        if slot % 2 == 0:
            below = pv
        else:
            above = pv
        if (above is not None and v <= above) or (below is not None and v >= below):
            reject(f"value {v} breaks the search-tree order")
        nodes.append([v, depth + 1, above, below])
        if len(nodes) > max_nodes:
            reject(f"more than {max_nodes} nodes")
    if max(n[1] for n in nodes) > max_height:
        reject(f"height above {max_height}")
    return [n[0] for n in nodes]
