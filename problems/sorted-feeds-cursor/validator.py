# Checks one test input (a design problem's calls) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import bisect
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
# --- shared: validate_design.py (problems/tools/lib; `package.py sync` rewrites it) ---
# A design problem's test: the constructor, then method calls (needs validate.py).


def read_design(constructor, max_calls, max_calls_text, no_constructor_args=False):
    """A design problem's test, {"calls": [...], "args": [...]}: the constructor first and only
    there, then 1..max_calls method calls. Returns (the constructor's arguments, the method
    calls as (index, name, arguments))."""
    test = read_json_line()
    if not isinstance(test, dict) or set(test) != {"calls", "args"}:
        reject('expected {"calls": [...], "args": [...]}')
    calls, args = test["calls"], test["args"]
    if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
        reject("calls and args must be arrays of the same length")
    if not all(isinstance(a, list) for a in args):
        reject("each call's arguments must be an array")
    if not calls or calls[0] != constructor or constructor in calls[1:]:
        reject("the first call, and only it, must be the constructor")
    if no_constructor_args and args[0] != []:
        reject("the constructor takes no arguments")
    if not 1 <= len(calls) - 1 <= max_calls:
        reject(f"{len(calls) - 1} method calls, need 1..{max_calls_text}")
    return args[0], [(i, name, a) for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1)]
# --- end shared: validate_design.py ---

constructor_args, calls = read_design("FeedCursor", 3000, "3000")
if len(constructor_args) != 1 or not isinstance(constructor_args[0], list):
    reject("the constructor takes one argument, the feeds")
feeds = constructor_args[0]
if len(feeds) > 1000 or not all(isinstance(f, list) and len(f) <= 10**4 for f in feeds):
    reject("feeds must be at most 1000 arrays of at most 10^4 values each")
if sum(map(len, feeds)) > 5 * 10**4:
    reject("more than 5*10^4 values in all")
for f in feeds:
    if not all(is_int(v, -10**9, 10**9) for v in f):
        reject("every value must be an integer in -10^9..10^9")
    if any(f[j] > f[j + 1] for j in range(len(f) - 1)):
        reject("every feed must be sorted in non-decreasing order")
flat = sorted(v for f in feeds for v in f)
at = 0
for i, name, a in calls:
    if name == "skipTo":
        if len(a) != 1 or not is_int(a[0], -10**9, 10**9):
            reject(f"call {i}: skipTo takes one integer in -10^9..10^9")
        at = max(at, bisect.bisect_left(flat, a[0]))
        continue
    if a != []:
        reject(f"call {i}: {name} takes no arguments")
    if name in ("next", "peek"):
        if at >= len(flat):
            reject(f"call {i}: {name} with nothing left")
        if name == "next":
            at += 1
    elif name != "hasNext":
        reject(f"call {i}: unknown method {name!r}")
sys.exit(42)
