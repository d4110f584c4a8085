# Checks one test input (a line of JSON arguments: one tree in level order) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low, high):
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
    reject("expected a JSON array holding one tree")
tree = args[0]
if not tree or tree[0] is None:
    reject("the tree must have at least one node")
if tree[-1] is None:
    reject("trailing nulls must be left out")
if not all(v is None or is_int(v, -2**31, 2**31 - 1) for v in tree):
    reject("every value must be null or a 32-bit signed integer")
# Rebuild the depths from the level order: each non-null entry has two child slots.
depth = [1]
slot = 0
for i, v in enumerate(tree[1:], 1):
    # Slots belong to the non-null nodes in order; `parent` indexes them.
    parent = slot // 2
    slot += 1
    if parent >= len(depth):
        reject(f"entry {i} has no parent")
    if v is not None:
        depth.append(depth[parent] + 1)
nodes = len(depth)
if nodes > 10000:
    reject(f"{nodes} nodes, at most 10^4 allowed")
if max(depth) > 500:
    reject(f"height {max(depth)}, at most 500 allowed")
sys.exit(42)
