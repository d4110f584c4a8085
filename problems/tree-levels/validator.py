# Checks one test input (a line of JSON arguments: one tree in level order) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
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


# --- shared: validate_tree.py (problems/tools/lib; `package.py sync` rewrites it) ---
# A test holding one binary tree in level order (needs validate.py).


def read_tree(low, high, max_nodes, max_height, allow_empty):
    """A function problem's test holding one binary tree in level order (LeetCode's form:
    nulls for missing children, trailing nulls left out), values in low..high. Returns the
    tree's list, after checking its size and height."""
    args = read_json_line()
    if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
        reject("expected a JSON array holding one tree")
    return check_tree(args[0], low, high, max_nodes, max_height, allow_empty)


def check_tree(tree, low, high, max_nodes, max_height, allow_empty):
    """One argument holding a level-order tree, checked as read_tree checks it; returns it."""
    if not isinstance(tree, list):
        reject("a tree must be a level-order array")
    if not tree:
        if not allow_empty:
            reject("the tree must have at least one node")
        return tree
    if tree[0] is None:
        reject("a non-empty tree's root cannot be null (write the empty tree as [])")
    if tree[-1] is None:
        reject("trailing nulls must be left out")
    if not all(v is None or is_int(v, low, high) for v in tree):
        reject(f"every value must be null or an integer in {low}..{high}")
    # Rebuild the depths from the level order: each non-null entry has two child slots, which
    # belong to the non-null nodes in order; `parent` indexes them.
    depth = [1]
    for slot, v in enumerate(tree[1:]):
        parent = slot // 2
        if parent >= len(depth):
            reject(f"entry {slot + 1} has no parent")
        if v is not None:
            depth.append(depth[parent] + 1)
    if len(depth) > max_nodes:
        reject(f"{len(depth)} nodes, at most {max_nodes} allowed")
    if max(depth) > max_height:
        reject(f"height {max(depth)}, at most {max_height} allowed")
    return tree
# --- end shared: validate_tree.py ---


read_tree(-10**9, 10**9, max_nodes=10000, max_height=500, allow_empty=True)
sys.exit(42)
