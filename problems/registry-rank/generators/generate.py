# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import random


# --- shared: generate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Generator basics: a generator runs in its package folder and writes every file of data/.
import json
import shutil
from pathlib import Path

_counts = {"sample": 0, "secret": 0}


def dump(v):
    """Compact JSON, as test files hold it."""
    return json.dumps(v, separators=(",", ":"))


def clear_data():
    """Removes data/, so the generator writes all of it afresh."""
    shutil.rmtree("data", ignore_errors=True)


def write_test(kind, input_text, answer_text):
    """The next test of `kind` ("sample" or "secret"): data/<kind>/NN.in and NN.ans."""
    _counts[kind] += 1
    path = Path("data") / kind / f"{_counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(input_text)
    path.with_suffix(".ans").write_text(answer_text)


def write_json_test(kind, args, answer):
    """A function problem's test: one line of JSON arguments, the JSON result."""
    write_test(kind, dump(args) + "\n", dump(answer) + "\n")
# --- end shared: generate.py ---


# --- shared: generate_tree.py (problems/tools/lib; `package.py sync` rewrites it) ---
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
# --- end shared: generate_tree.py ---


# --- shared: generate_tree_shapes.py (problems/tools/lib; `package.py sync` rewrites it) ---
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
# --- end shared: generate_tree_shapes.py ---

B = 10**9


def solve(root, k):
    return nodes_in_order(root)[k - 1]["val"]


def write(kind, root, k):
    if isinstance(root, list):
        root = from_level_order(root)
    write_json_test(kind, [level_order(root), k], solve(root, k))


clear_data()
rng = random.Random(18401)

EX = [52, 31, 77, 14, 40, None, 90, None, None, 36]
write("sample", EX, 4)
write("sample", EX, 7)
write("sample", [-8, None, -3, -6], 1)
write("secret", [0], 1)
write("secret", [-B], 1)
write("secret", [B], 1)
write("secret", [B, -B], 1)
write("secret", [B, -B], 2)
write("secret", [-B, None, B], 2)
write("secret", [0, -B, B], 3)
write("secret", EX, 1)
write("secret", EX, 5)
write("secret", EX, 2)
write("secret", [10, 5, 15, 3, 7, 12, 20, 1, 4, 6, 8, 11, 13, 18, 25], 9)
# Chains of the maximum height: the smallest id at the bottom, or at the top.
chain = None
for v in range(500, 0, -1):
    chain = tree_node(v, None, chain)
write("secret", chain, 500)
chain = None
for v in range(1, 501):
    chain = tree_node(-v * 10**6, chain, None)
chain = label_in_order(chain, [-v * 10**6 for v in range(500, 0, -1)])
write("secret", chain, 1)
write("secret", label_in_order(caterpillar(rng, 500, 500), distinct_sorted(rng, 500, -B, B)), 250)
# Random shapes, then maximum sizes.
for n in (30, 300):
    write("secret", label_in_order(random_shape(rng, n), distinct_sorted(rng, n, -B, B)), rng.randint(1, n))
write("secret", label_in_order(random_shape(rng, 10000), distinct_sorted(rng, 10000, -B, B)), 1)
write("secret", label_in_order(random_shape(rng, 10000), distinct_sorted(rng, 10000, -B, B)), 10000)
write("secret", label_in_order(random_shape(rng, 10000), distinct_sorted(rng, 10000, -B, B)), rng.randint(2, 9999))
write("secret", label_in_order(caterpillar(rng, 10000), distinct_sorted(rng, 10000, -B, B)), rng.randint(4000, 6000))
write("secret", label_in_order(caterpillar(rng, 10000), distinct_sorted(rng, 10000, -B, B)), 9999)
write("secret", label_in_order(caterpillar(rng, 10000), list(range(B - 9999, B + 1))), rng.randint(1, 100))
write("secret", label_in_order(random_shape(rng, 10000, depth_limit=14), list(range(-B, -B + 10000))), 8191)
write("secret", label_in_order(caterpillar(rng, 10000), distinct_sorted(rng, 10000, -10**4, 10**4)), 5000)
