# Checks one test input (a line of JSON arguments) against the statement's constraints.
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

n, roads, src, dst, k = read_args(5)
if not is_int(n, 2, 2000):
    reject("n must be an integer in 2..2000")
if not isinstance(roads, list) or len(roads) > 5000:
    reject("roads must be an array of at most 5000 roads")
for road in roads:
    if not isinstance(road, list) or len(road) != 3:
        reject("every road must be [u, v, c]")
    u, v, c = road
    if not (is_int(u, 0, n - 1) and is_int(v, 0, n - 1) and is_int(c, 1, 10**6)):
        reject(f"road {road}: need 0 <= u, v < n and 1 <= c <= 10^6")
    if u == v:
        reject(f"road {road}: a road joins two different towns")
if not is_int(src, 0, n - 1) or not is_int(dst, 0, n - 1):
    reject("src and dst must be towns")
if not is_int(k, 0, 10):
    reject("k must be an integer in 0..10")
sys.exit(42)
