# Input validator: one line of JSON, [root, a, b]. The tree is in level order (nulls for missing
# children, trailing nulls left out), 1..10^4 nodes, height <= 500, distinct values in
# -10^9..10^9 forming a binary search tree; a and b are values of the tree. Exits 42 to accept.
import sys


# --- shared: validate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Validator basics: exit 42 accepts the test on stdin, 43 (reject) refuses it; JSON lines.
import json
import sys


def reject(why):
    """Rejects the test: the reason on stderr, exit 43."""
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low=None, high=None):
    """Whether v is a JSON integer (not a boolean), within low..high when they are given."""
    return (isinstance(v, int) and not isinstance(v, bool)
            and (low is None or low <= v) and (high is None or v <= high))


def read_json_line():
    """The test's one line of JSON, parsed."""
    text = sys.stdin.read()
    if not text.endswith("\n") or text.count("\n") != 1:
        reject("expected exactly one line, ending with a newline")
    try:
        return json.loads(text)
    except ValueError as e:
        reject(f"not JSON: {e}")


def read_args(arity):
    """A function problem's test: one line of JSON, an array of `arity` arguments."""
    args = read_json_line()
    if not isinstance(args, list) or len(args) != arity:
        reject(f"expected a JSON array of {arity} arguments")
    return args
# --- end shared: validate.py ---


# --- shared: validate_bst.py (problems/tools/lib; `package.py sync` rewrites it) ---
# A binary search tree in level order (distinct values), for validators of BST problems.


def read_bst(tree, low, high, max_nodes, max_height):
    """Checks a non-empty level-order tree of integers in low..high that is a search tree of
    distinct values, with at most max_nodes nodes and max_height levels; returns its values."""
    if not isinstance(tree, list) or not tree:
        reject("root must be a non-empty level-order array")
    if tree[0] is None:
        reject("a non-empty tree's root cannot be null")
    if tree[-1] is None:
        reject("trailing nulls must be left out")
    if not all(v is None or is_int(v, low, high) for v in tree):
        reject(f"every value must be null or an integer in {low}..{high}")
    # nodes[i] = [value, depth, low, high]: the open interval its ancestors allow.
    nodes = [[tree[0], 1, None, None]]
    for slot, v in enumerate(tree[1:]):
        parent = slot // 2
        if parent >= len(nodes):
            reject(f"entry {slot + 1} has no parent")
        if v is None:
            continue
        pv, depth, above, below = nodes[parent]
        if slot % 2 == 0:
            below = pv
        else:
            above = pv
        if (above is not None and v <= above) or (below is not None and v >= below):
            reject(f"value {v} breaks the search-tree order")
        nodes.append([v, depth + 1, above, below])
        if len(nodes) > max_nodes:
            reject(f"more than {max_nodes} nodes")
    if max(n[1] for n in nodes) > max_height:
        reject(f"height above {max_height}")
    return [n[0] for n in nodes]
# --- end shared: validate_bst.py ---

LIMIT = 10**9


root, a, b = read_args(3)
values = set(read_bst(root, -LIMIT, LIMIT, 10**4, 500))
for name, v in (("a", a), ("b", b)):
    if not is_int(v) or v not in values:
        reject(f"{name} must be a value of the tree")
sys.exit(42)
