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


def solve(root, target):
    """Prefix sums on the route from the root: `seen` counts the running totals of the gates
    above (and the empty prefix); an explicit stack with exit markers removes them again."""
    if root is None:
        return 0
    seen, count = {0: 1}, 0
    stack = [(root, 0, False)]
    while stack:
        node, above, leaving = stack.pop()
        total = above + node["val"]
        if leaving:
            seen[total] -= 1
            continue
        count += seen.get(total - target, 0)
        seen[total] = seen.get(total, 0) + 1
        stack.append((node, above, True))
        for child in (node["right"], node["left"]):
            if child:
                stack.append((child, total, False))
    return count


def brute(root, target):
    count, stack = 0, [(root, ())] if root else []
    while stack:
        node, sums = stack.pop()
        sums = tuple(s + node["val"] for s in sums) + (node["val"],)
        count += sum(1 for s in sums if s == target)
        stack.extend((c, sums) for c in (node["left"], node["right"]) if c)
    return count


def write(kind, root, target, check=False):
    if isinstance(root, list):
        root = from_level_order(root)
    answer = solve(root, target)
    if check:
        assert answer == brute(root, target)
    write_json_test(kind, [level_order(root), target], answer)


def all_nodes(root):
    out, stack = [], [root] if root else []
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(c for c in (n["left"], n["right"]) if c)
    return out


def fill(root, value):
    """Gives every node a value from value() (a function of nothing)."""
    for n in all_nodes(root):
        n["val"] = value()
    return root


def some_descent(root, max_len=500):
    """The score of a random descent that ends at a deep node."""
    up, stack = {id(root): None}, [root]
    while stack:
        n = stack.pop()
        for c in (n["left"], n["right"]):
            if c:
                up[id(c)] = n
                stack.append(c)
    nodes = all_nodes(root)
    bottom = max(rng.sample(nodes, min(20, len(nodes))), key=lambda n: depth_of(n, up))
    total, n = 0, bottom
    for _ in range(rng.randint(1, max_len)):
        if n is None:
            break
        total += n["val"]
        n = up[id(n)]
    return total


def depth_of(n, up):
    d = 0
    while n is not None:
        n, d = up[id(n)], d + 1
    return d


def chain(values, sides=None):
    root = node = tree_node(values[0])
    for i, v in enumerate(values[1:]):
        side = sides[i] if sides else rng.choice(("left", "right"))
        node[side] = tree_node(v)
        node = node[side]
    return root


clear_data()
rng = random.Random(18501)

write("sample", [2, 1, -3, 2, None, 4, 3], 3, check=True)
write("sample", [0, 0, None, 0], 0, check=True)
write("sample", [B, B, None, B], 3 * B, check=True)
write("secret", [], 0)
write("secret", [], 7)
write("secret", [5], 5)
write("secret", [5], -5)
write("secret", [-B], -B)
write("secret", [0], 0)
write("secret", [1, 2, 3], 3, check=True)
write("secret", [1, 2, 3], 1, check=True)
write("secret", [3, -3, 3, 3, -3, -3, 3], 0, check=True)
write("secret", [B, -B, B, B, -B, -B, B], 2 * B, check=True)
write("secret", [-B, -B, -B, -B, -B, -B, -B], -3 * B, check=True)
# Chains of the maximum height.
write("secret", chain([0] * 500), 0, check=True)
write("secret", chain([B] * 500), 500 * B, check=True)
write("secret", chain([-B] * 500), -10**12, check=True)
write("secret", chain([B if i % 2 else -B for i in range(500)]), 0, check=True)
write("secret", chain([rng.choice((-B, B)) for _ in range(500)]), 3 * B, check=True)
# Random shapes with small values (many descents hit the target), then larger ones.
t = fill(random_shape(rng, 20), lambda: rng.randint(-3, 3))
write("secret", t, 2, check=True)
t = fill(random_shape(rng, 300), lambda: rng.randint(-5, 5))
write("secret", t, -1, check=True)
t = fill(caterpillar(rng, 600, 60), lambda: rng.randint(-B, B))
write("secret", t, some_descent(t), check=True)
# Maximum sizes: 10^4 nodes.
t = fill(random_shape(rng, 10000), lambda: rng.randint(-3, 3))
write("secret", t, 0)
t = fill(caterpillar(rng, 10000), lambda: rng.randint(-2, 2))
write("secret", t, 1)
t = fill(caterpillar(rng, 10000), lambda: 0)
write("secret", t, 0)
t = fill(caterpillar(rng, 10000), lambda: rng.choice((-B, 0, B)))
write("secret", t, 3 * B)
t = fill(caterpillar(rng, 10000), lambda: rng.randint(-B, B))
write("secret", t, some_descent(t))
t = fill(random_shape(rng, 10000), lambda: rng.randint(B - 1000, B))
write("secret", t, some_descent(t, 5))
t = fill(random_shape(rng, 10000, depth_limit=14), lambda: rng.randint(-10, 10))
write("secret", t, 7)
t = fill(random_shape(rng, 10000), lambda: rng.randint(-B, B))
write("secret", t, 10**12)
