# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import random


def solve(root):
    # Iterative post-order: reversed pre-order visits children before parents.
    order, stack = [], [root]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(c for c in (v["left"], v["right"]) if c)
    height, best = {}, 0
    for v in reversed(order):
        left = height[id(v["left"])] if v["left"] else 0
        right = height[id(v["right"])] if v["right"] else 0
        best = max(best, left + right)
        height[id(v)] = 1 + max(left, right)
    return best


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


def write(kind, root):
    if isinstance(root, list):
        root = from_level_order(root)
    write_json_test(kind, [level_order(root)], solve(root))


clear_data()
rng = random.Random(9101)


def random_tree(n, max_height=500, deep=False):
    """n nodes attached one by one under a node with a free child slot (a recent one when
    `deep`), never deeper than max_height."""
    root = tree_node(rng.randint(-100, 100))
    slots = [(root, 1)]
    for _ in range(n - 1):
        while True:
            i = len(slots) - 1 - rng.randint(0, min(3, len(slots) - 1)) if deep else rng.randrange(len(slots))
            parent, depth = slots[i]
            sides = [s for s in ("left", "right") if parent[s] is None]
            if sides and depth < max_height:
                break
            slots[i] = slots[-1]
            slots.pop()
        child = tree_node(rng.randint(-100, 100))
        parent[rng.choice(sides)] = child
        slots.append((child, depth + 1))
    return root


def chain(n, side):
    root = node = tree_node(0)
    for i in range(1, n):
        node[side] = tree_node(i % 100)
        node = node[side]
    return root


def lopsided(n):
    """A root whose right child is a single leaf and whose left subtree holds everything else:
    the longest path stays inside the left subtree."""
    left = random_tree(n - 2, 499, deep=True)
    return tree_node(1, left, tree_node(2))


write("sample", [5, -2, 7, None, None, 0, 3])
write("sample", [1, 2, None, 3, 4, 5, None, None, 6])
write("secret", [7])
write("secret", [1, 2])
write("secret", [1, None, 2])
write("secret", [1, 2, 3])
write("secret", [1, 2, None, 3, None, 4])
write("secret", [-100, -100, -100, -100, -100, -100, -100])
write("secret", [1, 2, 3, 4, None, None, 5, 6, None, None, 7])
write("secret", [1, 2, None, 3, 4, 5, 6, 7, 8])
write("secret", random_tree(15))
write("secret", [1, 2, 3, None, None, 4, 5, 6, None, None, 7, 8, None, None, 9])
write("secret", random_tree(100))
write("secret", random_tree(1000, deep=True))
write("secret", chain(500, "left"))
write("secret", chain(500, "right"))
write("secret", tree_node(0, chain(250, "left"), chain(250, "right")))
# Maximum sizes: 10^4 nodes, bushy and with long branches, and lopsided trees whose longest
# path avoids the root.
N = 10000
write("secret", random_tree(N))
write("secret", random_tree(N, deep=True))
write("secret", lopsided(N))
write("secret", lopsided(N))
write("secret", random_tree(N, max_height=14))
write("secret", tree_node(5, random_tree(N // 2, 499, deep=True), random_tree(N // 2 - 1, 499)))
write("secret", random_tree(N, max_height=40, deep=True))
write("secret", tree_node(0, tree_node(1, random_tree(4998, 400, deep=True), random_tree(4999, 400, deep=True))))
