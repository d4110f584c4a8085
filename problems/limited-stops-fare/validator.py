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


args = read_json_line()
if not isinstance(args, list) or len(args) != 5:
    reject("expected a JSON array of five arguments: n, flights, src, dst, k")
n, flights, src, dst, k = args
if not is_int(n, 2, 100):
    reject("n must be an integer in 2..100")
if not isinstance(flights, list) or len(flights) > n * (n - 1):
    reject("flights must be an array of at most n*(n-1) flights")
pairs = set()
for i, f in enumerate(flights):
    if not (isinstance(f, list) and len(f) == 3 and is_int(f[0], 0, n - 1)
            and is_int(f[1], 0, n - 1) and f[0] != f[1] and is_int(f[2], 1, 10**4)):
        reject(f"flights[{i}] = {f!r}: need [from, to, price], from != to, price in 1..10^4")
    if (f[0], f[1]) in pairs:
        reject(f"flights[{i}]: a second flight {f[0]} -> {f[1]}")
    pairs.add((f[0], f[1]))
if not (is_int(src, 0, n - 1) and is_int(dst, 0, n - 1) and src != dst):
    reject("src and dst must be different cities")
if not is_int(k, 0, n - 1):
    reject("k must be an integer in 0..n-1")
sys.exit(42)
