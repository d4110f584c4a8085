# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import random


def solve(root):
    best = None
    # Iterative post-order, so the generator does not depend on the recursion limit.
    order, stack = [], [root]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(c for c in (v["left"], v["right"]) if c)
    down = {}
    for v in reversed(order):
        left = max(0, down[id(v["left"])]) if v["left"] else 0
        right = max(0, down[id(v["right"])]) if v["right"] else 0
        top = v["val"] + left + right
        best = top if best is None else max(best, top)
        down[id(v)] = v["val"] + max(left, right)
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
rng = random.Random(8001)


def random_tree(n, low=-1000, high=1000, max_height=500, shape="random"):
    """n nodes attached one by one under a random node with a free child slot, keeping the
    height at most max_height; "deep" prefers the newest nodes, making long branches."""
    root = tree_node(rng.randint(low, high))
    open_slots = [(root, 1)]
    for _ in range(n - 1):
        while True:
            i = len(open_slots) - 1 - min(len(open_slots) - 1, rng.randint(0, 3)) if shape == "deep" \
                else rng.randrange(len(open_slots))
            parent, depth = open_slots[i]
            sides = [s for s in ("left", "right") if parent[s] is None]
            if not sides or depth >= max_height:
                open_slots[i] = open_slots[-1]
                open_slots.pop()
                continue
            break
        child = tree_node(rng.randint(low, high))
        parent[rng.choice(sides)] = child
        open_slots.append((child, depth + 1))
    return root


def path(n, values, side="left"):
    root = node = tree_node(values[0])
    for v in values[1:n]:
        node[side] = tree_node(v)
        node = node[side]
    return root


write("sample", [2, -1, 3])
write("sample", [-5, 4, 6, None, None, -2, 7])
write("sample", [-3, -8, -1])
write("secret", [7])
write("secret", [-1000])
write("secret", [0, 0, 0])
write("secret", [1, 2, 3, 4, 5, 6, 7])
write("secret", [-1, 5, 5, -100, -100, -100, -100])
write("secret", [10, 9, 20, None, None, 15, 7])
write("secret", [1, -2, -3, 1, 3, -2, None, -1])
write("secret", [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1])
write("secret", [-10, 1000, 1000, -1000, -1000, -1000, -1000])
write("secret", [1, -1000, None, 1000, 1000])
write("secret", random_tree(20, -10, 10))
write("secret", random_tree(100))
write("secret", random_tree(1000, -1000, 100))
write("secret", random_tree(2000, -1000, -1))
write("secret", path(500, [rng.randint(-10, 20) for _ in range(500)]))
write("secret", path(500, [-1000] * 250 + [1000] + [-1000] * 249, "right"))
# Maximum sizes: 3·10^4 nodes, random and with long branches (height 500), only negative
# values, only positive values, and a deep tree with a rich trail hidden low down.
N = 30000
write("secret", random_tree(N))
write("secret", random_tree(N, shape="deep"))
write("secret", random_tree(N, -1000, -1, shape="deep"))
write("secret", random_tree(N, 1, 1000))
write("secret", random_tree(N, -1000, 950))
write("secret", random_tree(N, -3, 2, shape="deep"))
