# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys
from collections import Counter

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

tickets, start = read_args(2)
NAME = re.compile(r"[A-Z]{3}")
if not isinstance(tickets, list) or not 1 <= len(tickets) <= 10**4:
    reject("tickets must hold 1..10^4 tickets")
for t in tickets:
    if not (isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) and NAME.fullmatch(x) for x in t)):
        reject(f"ticket {str(t)[:40]} must be two airport names of three capital letters")
if not isinstance(start, str) or not NAME.fullmatch(start):
    reject("start must be an airport name")
# An Eulerian path from start: out - in is 1 at start (or 0 everywhere), -1 at one other
# airport, 0 elsewhere, and every ticket reachable from start.
balance = Counter()
for a, b in tickets:
    balance[a] += 1
    balance[b] -= 1
odd = {k: v for k, v in balance.items() if v}
if odd and (odd.get(start) != 1 or sorted(odd.values()) != [-1, 1]):
    reject("no trip from start can use every ticket (degrees)")
adj = {}
for a, b in tickets:
    adj.setdefault(a, []).append(b)
seen, stack = {start}, [start]
while stack:
    for b in adj.get(stack.pop(), []):
        if b not in seen:
            seen.add(b)
            stack.append(b)
if any(a not in seen for a, _ in tickets):
    reject("some tickets cannot be reached from start")
sys.exit(42)
