# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import json
import random
import shutil
from pathlib import Path


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


def mirrored(root):
    if root is None:
        return None
    return tree_node(root["val"], mirrored(root["right"]), mirrored(root["left"]))


def write(kind, root):
    if isinstance(root, list):
        root = from_level_order(root)
    write_test(kind, dump([level_order(root)]) + "\n", dump(level_order(mirrored(root))) + "\n")


def random_tree(n, depth_limit=500, low=-10**9, high=10**9):
    """n nodes, each hung under a random free child slot of a node above the depth limit."""
    root = tree_node(rng.randint(low, high))
    slots = [(root, "left", 2), (root, "right", 2)]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        parent, side, depth = slots[i]
        slots[i] = slots[-1]
        slots.pop()
        child = tree_node(rng.randint(low, high))
        parent[side] = child
        if depth < depth_limit:
            slots += [(child, "left", depth + 1), (child, "right", depth + 1)]
    return root


clear_data()
rng = random.Random(5101)
B = 10**9

write("sample", [6, 2, 9, 1, 4, None, 11])
write("sample", [3, None, -8])
write("sample", [])
write("secret", [0])
write("secret", [-B])
write("secret", [1, 2])
write("secret", [1, None, 2])
write("secret", [1, 2, 3])
write("secret", [1, 2, None, 3])
write("secret", [8, None, 9, None, 10, 11])
write("secret", [5, 5, 5, 5, None, None, 5])
write("secret", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
write("secret", [B, -B, B, None, -B, B])
write("secret", [4, 7, None, None, 2, 9, None, None, 1])
write("secret", random_tree(20))
write("secret", random_tree(300))
# Chains of the maximum height.
chain = None
for v in range(500, 0, -1):
    chain = tree_node(v, chain, None)
write("secret", chain)
chain = None
for v in range(500, 0, -1):
    chain = tree_node(-v, None, chain)
write("secret", chain)
zigzag = tree_node(0)
n = zigzag
for i in range(1, 500):
    side = "left" if i % 2 else "right"
    n[side] = tree_node(i)
    n = n[side]
write("secret", zigzag)
# Maximum sizes: 10^4 nodes.
write("secret", random_tree(10000))
write("secret", random_tree(10000, depth_limit=40))
write("secret", random_tree(10000, low=-3, high=3))
write("secret", from_level_order(list(range(1, 10001))))
write("secret", random_tree(10000, depth_limit=500))
write("secret", from_level_order([B - i for i in range(10000)]))
