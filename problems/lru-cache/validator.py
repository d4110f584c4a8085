# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low, high):
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    test = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(test, dict) or set(test) != {"calls", "args"}:
    reject('expected {"calls": [...], "args": [...]}')
calls, args = test["calls"], test["args"]
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    reject("calls and args must be arrays of the same length")
if not calls or calls[0] != "LRUCache" or "LRUCache" in calls[1:]:
    reject("the first call, and only it, must be the constructor")
if not 1 <= len(calls) - 1 <= 50000:
    reject(f"{len(calls) - 1} method calls, need 1..5*10^4")
if not (len(args[0]) == 1 and is_int(args[0][0], 1, 3000)):
    reject("capacity must be an integer in 1..3000")
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1):
    if name == "get":
        ok = len(a) == 1 and is_int(a[0], 0, 10000)
    elif name == "put":
        ok = len(a) == 2 and is_int(a[0], 0, 10000) and is_int(a[1], 0, 100000)
    else:
        reject(f"call {i}: unknown method {name!r}")
    if not ok:
        reject(f"call {i}: {name}{a} is out of bounds")
sys.exit(42)
