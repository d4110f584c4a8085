# Binary trees as dicts, and LeetCode's level-order form of them.


def tree_node(val, left=None, right=None):
    """A binary tree node, as the generators build trees."""
    return {"val": val, "left": left, "right": right}


def level_order(root):
    """A tree in LeetCode's level order: nulls for missing children, trailing nulls left out."""
    out, queue = [], [root]
    for n in queue:
        if n is None:
            out.append(None)
        else:
            out.append(n["val"])
            queue.extend([n["left"], n["right"]])
    while out and out[-1] is None:
        out.pop()
    return out


def from_level_order(values):
    """The tree a level-order list describes (None for [])."""
    if not values:
        return None
    root = tree_node(values[0])
    queue, i = [root], 1
    for parent in queue:
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                parent[side] = tree_node(values[i])
                queue.append(parent[side])
            i += 1
    return root
