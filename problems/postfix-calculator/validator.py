# Checks one test input (a line of JSON arguments) against the statement's constraints, and
# evaluates it to check it is valid, divides by no zero and stays within 32 bits.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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

NUMBER = re.compile(r"0|-?[1-9][0-9]{0,2}")
(tokens,) = read_args(1)
if not isinstance(tokens, list) or not 1 <= len(tokens) <= 10**4:
    reject("tokens must be an array of 1..10^4 tokens")
stack = []
for i, t in enumerate(tokens):
    if not isinstance(t, str):
        reject(f"token {i} is not a string")
    if t in ("+", "-", "*", "/"):
        if len(stack) < 2:
            reject(f"token {i}: operator {t} has fewer than two operands")
        b, a = stack.pop(), stack.pop()
        if t == "+":
            r = a + b
        elif t == "-":
            r = a - b
        elif t == "*":
            r = a * b
        else:
            if b == 0:
                reject(f"token {i}: division by zero")
            r = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        if not -2**31 <= r <= 2**31 - 1:
            reject(f"token {i}: the value {r} does not fit 32 bits")
        stack.append(r)
    elif NUMBER.fullmatch(t) and -200 <= int(t) <= 200:
        stack.append(int(t))
    else:
        reject(f"token {i}: {t[:20]!r} is neither an operator nor an integer in -200..200")
if len(stack) != 1:
    reject(f"the expression leaves {len(stack)} values, not one")
sys.exit(42)
