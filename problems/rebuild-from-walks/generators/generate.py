# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# test is a random tree's two walks, and the answer the tree in level order.
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


def walks(root):
    pre, ino = [], []

    def go(node):
        if node:
            pre.append(node["val"])
            go(node["left"])
            ino.append(node["val"])
            go(node["right"])
    go(root)
    return pre, ino


def write(kind, root):
    pre, ino = walks(root)
    write_json_test(kind, [pre, ino], level_order(root))


def shape(n, max_height, lean=0.5):
    """A random tree shape of n nodes and at most max_height levels (values filled later)."""
    root = tree_node(0)
    slots = [(root, "left", 2), (root, "right", 2)]
    made = 1
    while made < n:
        i = rng.randrange(len(slots))
        parent, side, depth = slots[i]
        if rng.random() > lean and side == "left" and len(slots) > 1:
            continue
        slots[i] = slots[-1]
        slots.pop()
        if depth > max_height:
            continue
        parent[side] = tree_node(0)
        made += 1
        slots += [(parent[side], "left", depth + 1), (parent[side], "right", depth + 1)]
    return root


def fill(root, values):
    """Gives the nodes distinct values from `values`, in a random order."""
    values = list(values)
    rng.shuffle(values)
    queue = [root]
    for node in queue:
        node["val"] = values.pop()
        queue += [c for c in (node["left"], node["right"]) if c]
    return root


def chain(n, pattern):
    root = node = tree_node(0)
    for i in range(n - 1):
        side = pattern[i % len(pattern)]
        node[side] = tree_node(0)
        node = node[side]
    return root


def sample_values(n):
    return rng.sample(range(-3000, 3001), n)


clear_data()
rng = random.Random(11601)
write("sample", from_level_order([8, 3, 10, 1, 6, None, 14]))
write("sample", from_level_order([-1, -2]))
write("secret", tree_node(3000))
write("secret", from_level_order([-3000, None, 3000]))
write("secret", from_level_order([0, 1, 2]))
write("secret", from_level_order([5, 4, None, 3, None, 2]))
write("secret", from_level_order([1, None, 2, None, 3, None, 4]))
write("secret", from_level_order([1, 2, None, None, 3, 4]))
write("secret", from_level_order([4, 2, 6, 1, 3, 5, 7]))
write("secret", from_level_order([10, -5, 20, None, 0, 15]))
for n in [5, 10, 20, 50, 100, 400, 1000]:
    write("secret", fill(shape(n, 500), sample_values(n)))
write("secret", fill(chain(500, ["left"]), sample_values(500)))
write("secret", fill(chain(500, ["right"]), sample_values(500)))
write("secret", fill(chain(499, ["left", "right"]), sample_values(499)))
# Largest: random shapes of 3000 nodes, a full-ish tree, and a left-leaning tall tree.
for lean in (0.5, 0.9):
    write("secret", fill(shape(3000, 500, lean), sample_values(3000)))
write("secret", fill(from_level_order([0] * 3000), sample_values(3000)))
write("secret", fill(shape(3000, 60, 0.97), sample_values(3000)))
write("secret", fill(shape(2000, 500, 0.2), sample_values(2000)))
