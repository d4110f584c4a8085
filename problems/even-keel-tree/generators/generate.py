# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below.
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


def check(node):
    """The subtree's height, or -1 when some node in it is lopsided."""
    if node is None:
        return 0
    left, right = check(node["left"]), check(node["right"])
    if left < 0 or right < 0 or abs(left - right) > 1:
        return -1
    return 1 + max(left, right)


def write(kind, root):
    write_json_test(kind, [level_order(root)], check(root) >= 0)


def val():
    return rng.randint(-10**4, 10**4)


def balanced(height):
    """A random even-keeled tree of exactly this height (sizes vary)."""
    if height == 0:
        return None
    other = height - 1 if rng.random() < 0.6 else max(height - 2, 0)
    sides = [balanced(height - 1), balanced(other)]
    rng.shuffle(sides)
    return tree_node(val(), *sides)


def path(n, zigzag):
    """A chain of n nodes, each the left (or alternately left/right) child of the last."""
    root = None
    for i in range(n):
        side = i % 2 == 0 if zigzag else True
        root = tree_node(val(), root, None) if side else tree_node(val(), None, root)
    return root


def random_tree(n):
    """A random tree grown by attaching each node to a random free child slot."""
    root = tree_node(val())
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        parent, side = slots[i]
        slots[i] = slots[-1]
        slots.pop()
        parent[side] = tree_node(val())
        slots += [(parent[side], "left"), (parent[side], "right")]
    return root


def spoil(root):
    """The tree with one deep leaf given an extra two-node tail: lopsided deep down."""
    node = root
    while node["left"] or node["right"]:
        node = node["left"] or node["right"]
    node["left"] = tree_node(val(), tree_node(val()))
    return root


clear_data()
rng = random.Random(10401)
write("sample", from_level_order([5, 3, 8, 1, None, 7, 9, None, 2]))
write("sample", from_level_order([5, 3, 8, 1, 4, None, 9, 0]))
write("secret", None)
write("secret", tree_node(-10**4))
write("secret", from_level_order([1, 2]))
write("secret", from_level_order([1, None, 2]))
write("secret", from_level_order([1, 2, None, 3]))
write("secret", from_level_order([1, None, 2, None, 3]))
write("secret", from_level_order([1, 2, 3, 4, 5, 6, 7]))
write("secret", from_level_order([0, 0, 0, 0, None, None, 0]))
# The root is balanced but a node below is not: two thin arms of the same length.
write("secret", from_level_order([1, 2, 3, 4, None, None, 5, 6, None, None, 7]))
write("secret", from_level_order([1, 2, 2, 3, None, None, 3, 4, None, None, 4]))
for h in [4, 6, 8, 10, 11, 12]:
    write("secret", balanced(h))
for h in [7, 9, 12]:
    write("secret", spoil(balanced(h)))
for n in [30, 300, 3000]:
    write("secret", random_tree(n))
# Largest: a full tree of 4095 nodes, a spoiled one, and long chains at the height limit.
write("secret", from_level_order([rng.randint(-10**4, 10**4) for _ in range(4095)]))
write("secret", spoil(from_level_order([rng.randint(-10**4, 10**4) for _ in range(4095)])))
write("secret", path(500, False))
write("secret", path(500, True))
