# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Trees are dicts {val, left, right} here and
# level-order arrays in the tests.
import json
import random
import shutil
from pathlib import Path

LOW, HIGH = -2**31, 2**31 - 1


def solve(root):
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        v = node["val"]
        if (low is not None and v <= low) or (high is not None and v >= high):
            return False
        stack.append((node["left"], low, v))
        stack.append((node["right"], v, high))
    return True


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
    write_test(kind, dump([level_order(root)]) + "\n", dump(solve(root)) + "\n")


def bst(values):
    """A search tree of the sorted distinct `values`, with a random shape of modest height."""
    def build(lo, hi):
        if lo >= hi:
            return None
        # Roots near the middle keep the height logarithmic.
        span = hi - lo
        mid = lo + min(span - 1, max(0, int(rng.gauss(span / 2, span / 6))))
        return tree_node(values[mid], build(lo, mid), build(mid + 1, hi))
    return build(0, len(values))


def distinct(n, low=LOW, high=HIGH):
    values = set()
    while len(values) < n:
        values.add(rng.randint(low, high))
    return sorted(values)


def all_nodes(root):
    out, stack = [], [root]
    while stack:
        n = stack.pop()
        if n is not None:
            out.append(n)
            stack.extend([n["left"], n["right"]])
    return out


def break_deep(root, by):
    """Sets the leftmost node of the root's right subtree to the root's value minus `by`: it
    still fits its parent (a left child, smaller than it) but not the root above."""
    n = root["right"]
    while n["left"]:
        n = n["left"]
    n["val"] = root["val"] - by
    return root


clear_data()
rng = random.Random(3501)

write("sample", [8, 3, 12, 1, 6, None, 14])
write("sample", [10, 5, 15, None, None, 6, 20])
write("sample", [2, 2])
write("secret", [0])
write("secret", [LOW])
write("secret", [HIGH])
write("secret", [LOW, None, HIGH])
write("secret", [HIGH, LOW])
write("secret", [0, LOW, HIGH])
write("secret", [1, 1])
write("secret", [1, None, 1])
write("secret", [5, 1, 4, None, None, 3, 6])
write("secret", [5, 4, 6, None, None, 3, 7])
write("secret", [3, 1, 5, 0, 2, 4, 6])
write("secret", [3, 1, 5, 0, 4, 2, 6])
write("secret", [-1, -2, 0, -3])
write("secret", [HIGH - 1, None, HIGH, None, HIGH])
# Chains of the maximum height.
chain = None
for v in range(500, 0, -1):
    chain = tree_node(v, None, chain)
write("secret", chain)
chain = None
for v in range(-500, 0):
    chain = tree_node(v, chain, None)
write("secret", chain)
zigzag = tree_node(0)
low, high, n = -10**9, 10**9, zigzag
for i in range(499):
    if i % 2 == 0:
        low = n["val"]
        n["right"] = tree_node((low + high) // 2)
        n = n["right"]
    else:
        high = n["val"]
        n["left"] = tree_node((low + high) // 2)
        n = n["left"]
write("secret", zigzag)
# Maximum sizes: 10^4 nodes.
write("secret", bst(distinct(10000)))
write("secret", bst(list(range(LOW, LOW + 10000))))
write("secret", bst(list(range(HIGH - 9999, HIGH + 1))))
write("secret", break_deep(bst(distinct(10000)), 0))
write("secret", break_deep(bst(distinct(10000, -10**6, 10**6)), 1))
swapped = bst(distinct(10000))
a, b = rng.sample(all_nodes(swapped), 2)
a["val"], b["val"] = b["val"], a["val"]
write("secret", swapped)
