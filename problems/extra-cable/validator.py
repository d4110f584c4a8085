# Checks one test input (a line of JSON arguments) against the statement's constraints:
# n cables on computers 1..n, no loops or repeated pairs, a tree plus one cable.
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

(cables,) = read_args(1)
if not isinstance(cables, list) or not 3 <= len(cables) <= 10**5:
    reject("cables must be an array of 3..10^5 cables")
n = len(cables)
pairs = set()
for c in cables:
    if not (isinstance(c, list) and len(c) == 2 and all(is_int(v, 1, n) for v in c)):
        reject(f"every cable must be [a, b] with 1 <= a, b <= {n}")
    if c[0] == c[1]:
        reject(f"cable {c} joins a computer to itself")
    key = (min(c), max(c))
    if key in pairs:
        reject(f"two cables join {key}")
    pairs.add(key)
# n vertices, n edges: a tree plus one edge exactly when the graph is connected.
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


pieces = n
for a, b in cables:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        pieces -= 1
if pieces != 1:
    reject("the cables do not connect all n computers")
sys.exit(42)
