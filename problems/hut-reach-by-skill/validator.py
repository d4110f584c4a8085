# Checks one test input against the statement: [n, trails, hikers] with 1 <= n <= 2*10^4,
# at most 2*10^4 trails [u, v, g] (u != v, 1 <= g <= 10^9) and 1..2*10^4 hikers [h, s]
# (1 <= s <= 10^9). Exit 42 when valid.
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

n, trails, hikers = read_args(3)
LIMIT = 2 * 10**4
if not is_int(n, 1, LIMIT):
    reject("n must be an integer in 1..2*10^4")
if not isinstance(trails, list) or len(trails) > LIMIT:
    reject("trails must be an array of at most 2*10^4 trails")
for i, t in enumerate(trails):
    if not isinstance(t, list) or len(t) != 3:
        reject(f"trails[{i}] must be [u, v, g]")
    u, v, g = t
    if not (is_int(u, 0, n - 1) and is_int(v, 0, n - 1)) or u == v:
        reject(f"trails[{i}]: need 0 <= u, v <= n - 1 and u != v")
    if not is_int(g, 1, 10**9):
        reject(f"trails[{i}]: the grade must be an integer in 1..10^9")
if not isinstance(hikers, list) or not 1 <= len(hikers) <= LIMIT:
    reject("hikers must be an array of 1..2*10^4 hikers")
for j, k in enumerate(hikers):
    if not isinstance(k, list) or len(k) != 2:
        reject(f"hikers[{j}] must be [h, s]")
    if not is_int(k[0], 0, n - 1) or not is_int(k[1], 1, 10**9):
        reject(f"hikers[{j}]: need 0 <= h <= n - 1 and 1 <= s <= 10^9")
sys.exit(42)
