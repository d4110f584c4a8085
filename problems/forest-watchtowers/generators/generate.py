# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the greedy below, checked against a three-state DP on every test and
# against trying every set of towers on small trees. Trees are dicts {val, left, right} here
# and level-order arrays in the tests.
import itertools
import random

INF = float("inf")


def post_order(root):
    """The nodes with every child before its parent (iterative: trees here are 500 deep)."""
    order, stack = [], [root]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(c for c in (v["left"], v["right"]) if c)
    return order[::-1]


def greedy(root):
    # 0: waits for its parent, 1: watched without a tower, 2: holds a tower.
    state, built = {}, 0
    for v in post_order(root):
        kids = [state[id(c)] for c in (v["left"], v["right"]) if c]
        if v["val"] == 1:
            state[id(v)] = 2
        elif 0 in kids:
            built += 1
            state[id(v)] = 2
        elif 2 in kids:
            state[id(v)] = 1
        else:
            state[id(v)] = 0
    return built + (state[id(root)] == 0)


def dp(root):
    # (tower here, watched by a child, waits for the parent): fewest new towers in the
    # subtree, everything below the node watched.
    best = {}
    for v in post_order(root):
        kids = [best[id(c)] for c in (v["left"], v["right"]) if c]
        tower = (0 if v["val"] == 1 else 1) + sum(min(k) for k in kids)
        if v["val"] == 1:
            best[id(v)] = (tower, INF, INF)
            continue
        base = sum(min(t, w) for t, w, _ in kids)
        extra = min((t - min(t, w) for t, w, _ in kids), default=INF)
        watched = base + extra
        waits = sum(w for _, w, _ in kids)
        best[id(v)] = (tower, watched, waits)
    t, w, _ = best[id(root)]
    return min(t, w)


def brute(root):
    nodes = post_order(root)
    parent = {}
    for v in nodes:
        for c in (v["left"], v["right"]):
            if c:
                parent[id(c)] = v
    free = [v for v in nodes if v["val"] == 0]
    for k in range(len(free) + 1):
        for extra in itertools.combinations(free, k):
            towers = {id(v) for v in nodes if v["val"] == 1} | {id(v) for v in extra}
            ok = all(id(v) in towers
                     or (id(v) in parent and id(parent[id(v)]) in towers)
                     or any(c and id(c) in towers for c in (v["left"], v["right"]))
                     for v in nodes)
            if ok:
                return k
    raise AssertionError("unreachable")


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
    answer = greedy(root)
    assert answer == dp(root)
    if len(post_order(root)) <= 14:
        assert answer == brute(root)
    write_json_test(kind, [level_order(root)], answer)


clear_data()
rng = random.Random(16201)


def random_tree(n, towers=0.0, max_height=500, shape="random"):
    """n clearings attached one by one under a random clearing with a free child slot, keeping
    the height at most max_height; "deep" prefers the newest clearings, making long branches.
    Each clearing already has a tower with probability `towers`."""
    val = lambda: 1 if rng.random() < towers else 0
    root = tree_node(val())
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
        child = tree_node(val())
        parent[rng.choice(sides)] = child
        open_slots.append((child, depth + 1))
    return root


def path(values, sides="left"):
    """A single branch; `sides` is "left", "right" or "zigzag"."""
    root = node = tree_node(values[0])
    for i, v in enumerate(values[1:]):
        side = sides if sides != "zigzag" else ("left", "right")[i % 2]
        node[side] = tree_node(v)
        node = node[side]
    return root


def caterpillar(spine, towers=0.0):
    """A branch of `spine` clearings going left, each with one leaf hanging on its right."""
    val = lambda: 1 if rng.random() < towers else 0
    root = node = tree_node(val())
    for i in range(spine):
        node["right"] = tree_node(val())
        if i < spine - 1:
            node["left"] = tree_node(val())
            node = node["left"]
    return root


def complete(n, towers=0.0):
    """The complete tree of n clearings (every level full but the last, filled from the left)."""
    return from_level_order([1 if rng.random() < towers else 0 for _ in range(n)])


write("sample", [0, 0, None, 0, 0])
write("sample", [1, 0, None, 0, None, 0])
write("sample", [0, 0, 0, None, 1, None, 0, 0, None, None, 0])
write("secret", [0])
write("secret", [1])
write("secret", [0, 0])
write("secret", [0, None, 1])
write("secret", [0, 0, 0])
write("secret", [1, 1, 1])
# The greedy's leaves all end up watched and the root is left waiting.
write("secret", [0, 0, None, 0, None, 0])
write("secret", [0, 0, 0, 0, 0, 0, 0])
# A tower already standing below a clearing that a waiting child would otherwise force.
write("secret", [0, 1, None, 0, None, 0, 0])
write("secret", [0, 0, 0, 1, None, None, 0, 0, 0, None, None, 0])
for n, towers in [(5, 0.0), (9, 0.2), (12, 0.0), (13, 0.3), (14, 0.1)]:
    write("secret", random_tree(n, towers))
write("secret", random_tree(300, 0.15))
# Single branches 500 clearings deep (the height limit): no towers, every one a tower,
# zigzag with a few towers, and a tower on every third clearing except where it matters.
write("secret", path([0] * 500))
write("secret", path([1] * 500, "right"))
write("secret", path([1 if rng.random() < 0.1 else 0 for _ in range(500)], "zigzag"))
write("secret", path([1 if i % 3 == 1 else 0 for i in range(499)] + [0], "right"))
write("secret", caterpillar(250))
write("secret", caterpillar(250, 0.2))
write("secret", complete(16383))
write("secret", complete(16383, 0.05))
# Maximum sizes: 3·10^4 clearings, random shapes and long branches (height 500), with no
# towers, a few, half of them and all of them.
N = 30000
write("secret", random_tree(N))
write("secret", random_tree(N, shape="deep"))
write("secret", random_tree(N, 0.05))
write("secret", random_tree(N, 0.3, shape="deep"))
write("secret", random_tree(N, 0.5))
write("secret", random_tree(N, 1.0, shape="deep"))
write("secret", complete(N, 0.02))
