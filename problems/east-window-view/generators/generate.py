# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import random
from collections import deque


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

V = 10**5


def solve(root):
    view, queue = [], deque([root] if root else [])
    while queue:
        for i in range(len(queue)):
            node = queue.popleft()
            queue.extend(c for c in (node["left"], node["right"]) if c)
        view.append(node["val"])
    return view


def write(kind, root):
    if isinstance(root, list):
        root = from_level_order(root)
    write_json_test(kind, [level_order(root)], solve(root))


def random_tree(n, depth_limit=500, low=-V, high=V, left_bias=0.5):
    """n nodes, each hung under a random free child slot above the depth limit; left slots are
    picked with weight left_bias (so a high bias makes the left side deep and the right shallow)."""
    root = tree_node(rng.randint(low, high))
    slots = {"left": [(root, 2)], "right": [(root, 2)]}
    for _ in range(n - 1):
        side = "left" if rng.random() < left_bias else "right"
        if not slots[side]:
            side = "right" if side == "left" else "left"
        pool = slots[side]
        i = rng.randrange(len(pool))
        parent, depth = pool[i]
        pool[i] = pool[-1]
        pool.pop()
        child = tree_node(rng.randint(low, high))
        parent[side] = child
        if depth < depth_limit:
            slots["left"].append((child, depth + 1))
            slots["right"].append((child, depth + 1))
    return root


def chain(values, sides):
    root = node = tree_node(values[0])
    for v, side in zip(values[1:], sides):
        node[side] = tree_node(v)
        node = node[side]
    return root


clear_data()
rng = random.Random(18301)

write("sample", [6, 2, 9, None, 4, 7])
write("sample", [3, 8, 5, 1, None, None, None, -4])
write("sample", [])
write("secret", [0])
write("secret", [-V])
write("secret", [1, 2])
write("secret", [1, None, 2])
write("secret", [1, 2, 3])
write("secret", [V, -V, V, None, -V])
write("secret", [5, 5, 5, 5, None, None, 5])
write("secret", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
write("secret", [1, 2, 3, 4, 5, 6, 7, 8])
# The right side ends early; deeper levels are seen through the left subtree, from the middle.
write("secret", [1, 2, 3, None, 4, None, None, 5, 6, None, 7])
write("secret", [10, 20, 30, 40, None, 50, None, None, 60, None, None, 70])
# Chains of the maximum height.
write("secret", chain(list(range(500, 0, -1)), ["left"] * 499))
write("secret", chain([-v for v in range(500)], ["right"] * 499))
write("secret", chain(list(range(500)), ["left" if i % 2 else "right" for i in range(499)]))
write("secret", chain([rng.randint(-V, V) for _ in range(500)],
                      [rng.choice(("left", "right")) for _ in range(499)]))
write("secret", random_tree(20))
write("secret", random_tree(300, left_bias=0.8))
# Maximum sizes: 10^4 nodes, deep and narrow to shallow and wide.
write("secret", random_tree(10000))
write("secret", random_tree(10000, left_bias=0.9))
write("secret", random_tree(10000, left_bias=0.97))
write("secret", random_tree(10000, depth_limit=20))
write("secret", random_tree(10000, low=-3, high=3, left_bias=0.7))
write("secret", from_level_order(list(range(1, 10001))))
write("secret", from_level_order([V - i for i in range(10000)]))
# A long left spine with bushes, under a root whose right side is short.
deep = random_tree(9000, left_bias=0.95)
short = random_tree(999, depth_limit=12)
write("secret", tree_node(0, deep, short))
