# Random tree shapes for tree generators (nodes from generate_tree.py's tree_node, valueless
# until filled), and search trees made from them by writing sorted values in in-order.


def random_shape(rng, n, depth_limit=500):
    """n valueless nodes, each hung under a random free child slot above the depth limit."""
    root = tree_node(None)
    slots = [(root, "left", 2), (root, "right", 2)]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        parent, side, depth = slots[i]
        slots[i] = slots[-1]
        slots.pop()
        child = tree_node(None)
        parent[side] = child
        if depth < depth_limit:
            slots += [(child, "left", depth + 1), (child, "right", depth + 1)]
    return root


def caterpillar(rng, n, height=500):
    """A random spine of `height` nodes, the other nodes hung in small random bushes along it."""
    root = tree_node(None)
    spine, node = [(root, 1)], root
    for d in range(2, height + 1):
        side = rng.choice(("left", "right"))
        node[side] = tree_node(None)
        node = node[side]
        spine.append((node, d))
    slots = []
    for node, d in spine:
        for side in ("left", "right"):
            if node[side] is None and d < height:
                slots.append((node, side, d + 1))
    for _ in range(n - height):
        i = rng.randrange(len(slots))
        parent, side, depth = slots[i]
        slots[i] = slots[-1]
        slots.pop()
        child = tree_node(None)
        parent[side] = child
        if depth < height:
            slots += [(child, "left", depth + 1), (child, "right", depth + 1)]
    return root


def nodes_in_order(root):
    """The tree's nodes in in-order (iteratively: trees here are up to 500 levels deep)."""
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node["left"]
        node = stack.pop()
        out.append(node)
        node = node["right"]
    return out


def distinct_sorted(rng, n, low, high):
    """n distinct random integers in low..high, ascending."""
    values = set()
    while len(values) < n:
        values.add(rng.randint(low, high))
    return sorted(values)


def label_in_order(root, values):
    """Writes the sorted `values` into the tree in in-order: any shape becomes a search tree."""
    for node, v in zip(nodes_in_order(root), values):
        node["val"] = v
    return root
