# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first secret tests, written before this
# generator, are kept byte for byte in generators/original/ and copied under their own names;
# the samples (the statement's examples) and the new secret tests are written here, seeded,
# each answer from the reference solution below.
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


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def depth(root):
    # Level by level, so deep trees need no recursion here.
    d, level = 0, [root] if root else []
    while level:
        d += 1
        level = [c for n in level for c in (n["left"], n["right"]) if c]
    return d


def write(root, kind="secret"):
    write_json_test(kind, [level_order(root)], depth(root))


def value():
    return rng.randint(-1000, 1000)


def random_tree(n, max_height):
    """n nodes, each hung under a random node that still has a free child and room below it."""
    root = tree_node(value())
    open_nodes = [(root, 1)]
    for _ in range(n - 1):
        i = rng.randrange(len(open_nodes))
        parent, h = open_nodes[i]
        sides = [s for s in ("left", "right") if parent[s] is None]
        side = rng.choice(sides)
        parent[side] = tree_node(value())
        if len(sides) == 1:
            open_nodes[i] = open_nodes[-1]
            open_nodes.pop()
        if h + 1 < max_height:
            open_nodes.append((parent[side], h + 1))
    return root


def chain(n, sides):
    """A path of n nodes; each step goes to a side chosen by sides()."""
    root = node = tree_node(value())
    for _ in range(n - 1):
        side = sides()
        node[side] = tree_node(value())
        node = node[side]
    return root


def complete(n):
    return from_level_order([value() for _ in range(n)])


clear_data()
keep_original_tests()
rng = random.Random(10401)

# The samples: the statement's two examples.
write(from_level_order([8, -3, 5, None, 7, None, None, 2]), "sample")
write(from_level_order([5, 2, 11]), "sample")

# Edge cases: one node, the value bounds, a leaf deepest on the right, a lone deep branch.
write(tree_node(0))
write(tree_node(-1000, tree_node(1000)))
write(tree_node(1, None, tree_node(2, None, tree_node(3))))
write(from_level_order([1, 2, 3, 4, None, None, 5, None, None, 6]))
write(from_level_order([1, 2, 3, None, None, 4, 5, None, None, None, 6, 7]))
write(chain(30, lambda: "left"))
write(chain(30, lambda: rng.choice(["left", "right"])))
write(from_level_order([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]))
write(from_level_order([-1, -2, -3, None, -4, None, None, -5]))
write(tree_node(9, tree_node(9), tree_node(9)))
write(complete(7))
write(complete(100))
for n, h in ((10, 10), (50, 8), (200, 30), (500, 500), (1000, 12)):
    write(random_tree(n, h))
# Maximum sizes: 10^4 nodes as a complete tree (height 14), a random tree, a zigzag chain of
# the greatest height, and a long chain beside a bushy subtree.
write(complete(10**4))
write(random_tree(10**4, 500))
write(chain(500, lambda: rng.choice(["left", "right"])))
broad = random_tree(9000, 20)
broad["left"] = chain(499, lambda: "right")
write(broad)
