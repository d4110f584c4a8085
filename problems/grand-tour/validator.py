# Checks one test input (a line of JSON arguments) against the statement's constraints:
# 1..12 rooms, symmetric corridors without loops or repeats, all rooms connected.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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

(graph,) = read_args(1)
if not isinstance(graph, list) or not 1 <= len(graph) <= 12:
    reject("graph must be an array of 1..12 rooms")
n = len(graph)
for i, row in enumerate(graph):
    if not isinstance(row, list) or not all(is_int(w, 0, n - 1) for w in row):
        reject(f"graph[{i}] must list rooms in 0..{n - 1}")
    if i in row:
        reject(f"graph[{i}] lists room {i} itself")
    if len(set(row)) != len(row):
        reject(f"graph[{i}] lists a room twice")
    for w in row:
        if i not in graph[w]:
            reject(f"room {i} lists {w}, but {w} does not list {i}")
seen, stack = {0}, [0]
while stack:
    for w in graph[stack.pop()]:
        if w not in seen:
            seen.add(w)
            stack.append(w)
if len(seen) != n:
    reject("the rooms are not all connected")
sys.exit(42)
