# Checks one test input against the statement: [positions, flavours, k] with
# 1 <= n <= 3*10^4 stalls, positions in 0..10^9, 1 <= k <= n, flavours in 0..k-1, every
# flavour present. Exit 42 when valid.
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

positions, flavours, k = read_args(3)
if not isinstance(positions, list) or not 1 <= len(positions) <= 3 * 10**4:
    reject("positions must be an array of 1..3*10^4 integers")
if not isinstance(flavours, list) or len(flavours) != len(positions):
    reject("flavours must be as long as positions")
n = len(positions)
if not all(is_int(x, 0, 10**9) for x in positions):
    reject("every position must be an integer in 0..10^9")
if not is_int(k, 1, n):
    reject("k must be an integer in 1..n")
if not all(is_int(f, 0, k - 1) for f in flavours):
    reject("every flavour must be an integer in 0..k-1")
if len(set(flavours)) != k:
    reject("every flavour 0..k-1 must be sold by some stall")
sys.exit(42)
