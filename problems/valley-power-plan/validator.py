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

panels, cables = read_args(2)
if not isinstance(panels, list) or not 1 <= len(panels) <= 10**5:
    reject("panels must be an array of 1..10^5 integers")
if not all(is_int(p, 1, 10**5) for p in panels):
    reject("every panels[i] must be an integer in 1..10^5")
n = len(panels)
if not isinstance(cables, list) or len(cables) > 5 * 10**4:
    reject("cables must be an array of at most 5*10^4 lines")
for j, c in enumerate(cables):
    if not isinstance(c, list) or len(c) != 3:
        reject(f"cables[{j}] must be [a, b, cost]")
    a, b, cost = c
    if not is_int(a, 0, n - 1) or not is_int(b, 0, n - 1) or a == b:
        reject(f"cables[{j}] must join two different villages in 0..{n - 1}")
    if not is_int(cost, 1, 10**5):
        reject(f"cables[{j}] must cost an integer in 1..10^5")
sys.exit(42)
