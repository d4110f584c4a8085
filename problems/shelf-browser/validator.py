# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
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
# --- shared: validate_design.py (problems/tools/lib; `package.py sync` rewrites it) ---
# A design problem's test: the constructor, then method calls (needs validate.py).


def read_design(constructor, max_calls, max_calls_text, no_constructor_args=False):
    """A design problem's test, {"calls": [...], "args": [...]}: the constructor first and only
    there, then 1..max_calls method calls. Returns (the constructor's arguments, the method
    calls as (index, name, arguments))."""
    test = read_json_line()
    if not isinstance(test, dict) or set(test) != {"calls", "args"}:
        reject('expected {"calls": [...], "args": [...]}')
    calls, args = test["calls"], test["args"]
    if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
        reject("calls and args must be arrays of the same length")
    if not all(isinstance(a, list) for a in args):
        reject("each call's arguments must be an array")
    if not calls or calls[0] != constructor or constructor in calls[1:]:
        reject("the first call, and only it, must be the constructor")
    if no_constructor_args and args[0] != []:
        reject("the constructor takes no arguments")
    if not 1 <= len(calls) - 1 <= max_calls:
        reject(f"{len(calls) - 1} method calls, need 1..{max_calls_text}")
    return args[0], [(i, name, a) for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1)]
# --- end shared: validate_design.py ---


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


constructor_args, calls = read_design("ShelfBrowser", 10**5, "10^5")
if len(constructor_args) != 1:
    reject("the constructor takes one argument, the tree")
n = len(read_bst(constructor_args[0], -LIMIT, LIMIT, 10**5, 500))
p = -1
for i, name, a in calls:
    if name not in ("hasNext", "next", "hasPrev", "prev"):
        reject(f"call {i}: unknown method {name!r}")
    if a != []:
        reject(f"call {i}: {name} takes no arguments")
    if name == "next":
        if p + 1 >= n:
            reject(f"call {i}: next() with no number after the cursor")
        p += 1
    elif name == "prev":
        if p <= 0:
            reject(f"call {i}: prev() with no number before the cursor")
        p -= 1
sys.exit(42)
