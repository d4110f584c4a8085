# Checks one test input against the statement's constraints. Exit 42 when valid, 43 with the
# reason on stderr otherwise.
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

positions, zones, k = read_args(3)
if not isinstance(positions, list) or not 1 <= len(positions) <= 2 * 10**4:
    reject("positions must be an array of 1..2*10^4 integers")
if not all(is_int(p, 0, 10**9) for p in positions):
    reject("every position must be an integer in 0..10^9")
if not isinstance(zones, list) or not 1 <= len(zones) <= 2 * 10**4:
    reject("zones must be an array of 1..2*10^4 zones")
for z in zones:
    if not isinstance(z, list) or len(z) != 2 or not all(is_int(v, 0, 10**9) for v in z):
        reject("every zone must be [l, r] with integers in 0..10^9")
    if z[0] > z[1]:
        reject("every zone needs l <= r")
if not is_int(k, 0, len(positions)):
    reject("k must be an integer in 0..n")
sys.exit(42)
