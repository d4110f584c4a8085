# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below (the sorted values and a cursor index). Trees
# are dicts {val, left, right} here and level-order arrays in the tests.
import random


def solve(values, ops):
    v = sorted(values)
    p, out = -1, [None]
    for op in ops:
        if op == "hasNext":
            out.append(p + 1 < len(v))
        elif op == "hasPrev":
            out.append(p > 0)
        elif op == "next":
            assert p + 1 < len(v)
            p += 1
            out.append(v[p])
        else:
            assert p > 0
            p -= 1
            out.append(v[p])
    return out


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


def values_of(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node:
            out.append(node["val"])
            stack += [node["left"], node["right"]]
    return out


def write(kind, root, ops):
    if isinstance(root, list):
        root = from_level_order(root)
    tree = level_order(root)
    test = {"calls": ["ShelfBrowser"] + ops, "args": [[tree]] + [[] for _ in ops]}
    write_test(kind, dump(test) + "\n", dump(solve(values_of(root), ops)) + "\n")


clear_data()
rng = random.Random(20101)
B = 10**9


def insert_all(values):
    """The search tree made by inserting values in this order (kept at height <= 500)."""
    root = None
    for x in values:
        node = tree_node(x)
        if root is None:
            root = node
            continue
        cur, depth = root, 1
        while True:
            side = "left" if x < cur["val"] else "right"
            depth += 1
            if cur[side] is None:
                cur[side] = node
                break
            cur = cur[side]
        assert depth <= 500
    return root


def balanced(values):
    """The complete-ish search tree of sorted values (middle at the root)."""
    def build(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi + 1) // 2
        return tree_node(values[mid], build(lo, mid - 1), build(mid + 1, hi))
    return build(0, len(values) - 1)


def distinct(n, low=-B, high=B):
    return rng.sample(range(low, high + 1), n)


def walk(n, q, forward=0.6, asks=0.3):
    """q valid calls on n numbers: a random walk of next/prev with hasNext/hasPrev asks."""
    ops, p = [], -1
    while len(ops) < q:
        if rng.random() < asks:
            ops.append(rng.choice(("hasNext", "hasPrev")))
        elif p + 1 < n and (p <= 0 or rng.random() < forward):
            ops.append("next")
            p += 1
        elif p > 0:
            ops.append("prev")
            p -= 1
        else:
            ops.append("hasNext")
    return ops


def sweep(n, times=1):
    """Forward to the largest, back to the smallest, `times` over, asking at both ends."""
    ops = ["hasPrev", "hasNext"] + ["next"] * n + ["hasNext", "hasPrev"]
    for _ in range(times):
        ops += ["prev"] * (n - 1) + ["hasPrev", "hasNext"] + ["next"] * (n - 1) + ["hasNext"]
    return ops


write("sample", [41, 17, 63, None, 29, 52, None, None, None, None, 58],
      ["next", "next", "hasPrev", "prev", "hasPrev", "next", "next", "next", "next", "next",
       "hasNext", "prev"])
write("sample", [5], ["hasNext", "hasPrev", "next", "hasNext", "hasPrev"])
write("secret", [0], ["hasNext"])
write("secret", [2, 1, 3], ["next", "next", "next", "hasNext", "prev", "prev", "hasPrev", "hasNext",
                            "next", "prev", "next", "next"])
write("secret", [-B], ["next", "hasPrev", "hasNext", "hasPrev"])
write("secret", [2, 1], ["next", "hasPrev", "next", "hasNext", "hasPrev", "prev", "hasPrev",
                         "next", "hasNext"])
write("secret", [1, None, 2], ["hasPrev", "next", "next", "prev", "next", "prev", "hasNext"])
write("secret", [B, -B], ["next", "next", "prev", "hasPrev", "hasNext", "next"])
write("secret", [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], sweep(15, 2))
write("secret", [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15],
      ["next", "next", "prev", "next", "next", "next", "prev", "prev", "hasPrev", "prev",
       "hasPrev", "next", "next", "next", "next"])
# Chains of the maximum height: everything to the left, to the right, alternating.
write("secret", insert_all(list(range(500, 0, -1))), sweep(500))
write("secret", insert_all(list(range(-500, 0))), sweep(500))
zig = []
lo, hi = 0, 499
while lo <= hi:
    zig.append(lo if len(zig) % 2 else hi)
    if len(zig) % 2:
        hi -= 1
    else:
        lo += 1
write("secret", insert_all([x * 1000 - 250000 for x in zig]), walk(500, 3000, 0.55))
write("secret", insert_all(distinct(30, -50, 50)), walk(30, 200, 0.5, 0.4))
write("secret", insert_all(distinct(100)), walk(100, 300))
write("secret", balanced(sorted(distinct(1000))), sweep(1000, 3))
write("secret", insert_all(distinct(1000, -1000, 1000)), walk(1000, 5000, 0.5, 0.5))
# Asks only: the browser must not move on hasNext/hasPrev.
write("secret", insert_all(distinct(2000)), ["hasNext", "hasPrev"] * 1000)
# Forward only to the end, then only asks.
write("secret", insert_all(distinct(3000)), ["next"] * 3000 + ["hasNext", "hasPrev"] * 50)
# Steps back and forth between the smallest two numbers.
write("secret", insert_all(distinct(5000)), ["next", "next"] + ["prev", "next"] * 3000)
write("secret", insert_all(distinct(10000, -10**5, 10**5)), walk(10000, 12000, 0.52, 0.1))
write("secret", insert_all(distinct(20000, -10**5, 10**5)), walk(20000, 15000, 0.9, 0.05))
# Successors that are far-up ancestors: every left subtree is a long right-leaning chain.
write("secret", [50, 10, None, None, 20, None, 30, None, 40], sweep(5, 2))
write("secret", [3, 1, 5, None, 2, 4], ["next", "next", "next", "next", "prev", "prev", "prev",
                                        "hasPrev", "next", "next", "next", "next", "hasNext"])
# Maximum size: 10^5 numbers in a balanced tree, 5·10^4 calls reaching deep into them.
N = 10**5
values = list(range(1, N + 1))
ops = ["next"] * 40000 + ["prev"] * 5000 + ["next"] * 5000
write("secret", balanced(sorted(values)), ops)
