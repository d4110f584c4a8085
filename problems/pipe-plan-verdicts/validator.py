# Checks one test input against the statement: [n, pipes], 1 <= n <= 10^4, at most 2*10^4
# pipes [u, v, c] with 0 <= u, v < n, u != v, 0 <= c <= 10^9. Exit 42 when valid.
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

n, pipes = read_args(2)
if not is_int(n, 1, 10**4):
    reject("n must be an integer in 1..10^4")
if not isinstance(pipes, list) or len(pipes) > 2 * 10**4:
    reject("pipes must be an array of at most 2*10^4 pipes")
for i, p in enumerate(pipes):
    if not isinstance(p, list) or len(p) != 3:
        reject(f"pipes[{i}] must be [u, v, c]")
    u, v, c = p
    if not (is_int(u, 0, n - 1) and is_int(v, 0, n - 1)) or u == v:
        reject(f"pipes[{i}]: need 0 <= u, v <= n - 1 and u != v")
    if not is_int(c, 0, 10**9):
        reject(f"pipes[{i}]: the cost must be an integer in 0..10^9")
sys.exit(42)
