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

LOWER = set("abcdefghijklmnopqrstuvwxyz")


def word_list(v, name):
    if not isinstance(v, list) or not 1 <= len(v) <= 3 * 10**4:
        reject(f"{name} must be an array of 1..3*10^4 strings")
    for w in v:
        if not isinstance(w, str) or not 1 <= len(w) <= 10 or not set(w) <= LOWER:
            reject(f"every entry of {name} must be 1..10 lowercase letters")


history, prefixes = read_args(2)
word_list(history, "history")
word_list(prefixes, "prefixes")
sys.exit(42)
