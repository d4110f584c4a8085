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


n, tracks = read_args(2)
if not is_int(n, 1, 2000):
    reject("n must be an integer in 1..2000")
if not isinstance(tracks, list) or len(tracks) > 5000:
    reject("tracks must be an array of at most 5000 entries")
for i, t in enumerate(tracks):
    if not (isinstance(t, list) and len(t) == 3 and all(is_int(v, 0, n - 1) for v in t[:2])
            and t[0] != t[1] and is_int(t[2], 1, 100000)):
        reject(f"tracks[{i}] = {t!r}: need [a, b, cost] with 0 <= a, b < n, a != b, "
               "1 <= cost <= 10^5")
sys.exit(42)
