# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
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

constructor_args, calls = read_design("SnowStreak", 5 * 10**4, "5·10^4", no_constructor_args=True)
for i, name, a in calls:
    if name != "measure":
        reject(f"call {i}: unknown method {name!r}")
    if len(a) != 1 or not is_int(a[0], 0, 10**4):
        reject(f"call {i}: measure takes one depth in 0..10^4")
sys.exit(42)
