# Checks one test input (a line of JSON arguments): two walks of the same 1..3000 distinct
# values in -3000..3000 that come from one binary tree of height at most 500.
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

pre, ino = read_args(2)
for name, walk in (("preorder", pre), ("inorder", ino)):
    if not isinstance(walk, list) or not 1 <= len(walk) <= 3000:
        reject(f"{name} must be an array of 1..3000 values")
    if not all(is_int(v, -3000, 3000) for v in walk):
        reject(f"{name}: every value must be an integer in -3000..3000")
if len(set(pre)) != len(pre) or sorted(pre) != sorted(ino):
    reject("the walks must hold the same distinct values")
# Rebuild iteratively, checking that every split is consistent, and track the height.
where = {v: i for i, v in enumerate(ino)}
stack, next_pre, height = [(0, len(ino), 1)], 0, 0
while stack:
    lo, hi, depth = stack.pop()
    if lo == hi:
        continue
    root = pre[next_pre]
    next_pre += 1
    k = where[root]
    if not lo <= k < hi:
        reject("the walks do not come from one binary tree")
    height = max(height, depth)
    stack.append((k + 1, hi, depth + 1))  # the right subtree, after the left one
    stack.append((lo, k, depth + 1))
if height > 500:
    reject(f"the tree has height {height}, at most 500 allowed")
sys.exit(42)
