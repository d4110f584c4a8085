# Checks one test input against the statement: two lines, text then pattern, lowercase
# letters, 1 <= |pattern| <= |text| <= 5·10^5. Exit 42 when valid, 43 otherwise.
import re
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

raw = sys.stdin.read()
if not raw.endswith("\n") or raw.count("\n") != 2:
    reject("expected exactly two lines, each ending with a newline")
text, pattern = raw.split("\n")[:2]
for name, s in (("text", text), ("pattern", pattern)):
    if not re.fullmatch(r"[a-z]{1,500000}", s):
        reject(f"{name} must be 1..5·10^5 lowercase letters")
if len(pattern) > len(text):
    reject("the pattern is longer than the text")
sys.exit(42)
