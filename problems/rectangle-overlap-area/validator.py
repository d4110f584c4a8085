# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
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


args = read_args(8)
if not all(is_int(v, -10**9, 10**9) for v in args[0::2]):
    reject("every x must be an integer in -10^9..10^9")
if not all(is_int(v, -2 * 10**6, 2 * 10**6) for v in args[1::2]):
    reject("every y must be an integer in -2·10^6..2·10^6")
ax1, ay1, ax2, ay2, bx1, by1, bx2, by2 = args
if not (ax1 < ax2 and ay1 < ay2 and bx1 < bx2 and by1 < by2):
    reject("each rectangle needs x1 < x2 and y1 < y2")
sys.exit(42)
