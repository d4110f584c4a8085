# Checks one test input (a line of JSON arguments: [root, target], the tree in level order)
# against the statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
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


def check_tree(tree, low, high, max_nodes, max_height):
    """One level-order tree (nulls for missing children, trailing nulls left out; [] is empty)."""
    if not isinstance(tree, list):
        reject("root must be a level-order array")
    if not tree:
        return
    if tree[0] is None:
        reject("a non-empty tree's root cannot be null (write the empty tree as [])")
    if tree[-1] is None:
        reject("trailing nulls must be left out")
    if not all(v is None or is_int(v, low, high) for v in tree):
        reject(f"every value must be null or an integer in {low}..{high}")
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


root, target = read_args(2)
check_tree(root, -10**9, 10**9, max_nodes=10**4, max_height=500)
if not is_int(target, -10**12, 10**12):
    reject("target must be an integer in -10^12..10^12")
sys.exit(42)
