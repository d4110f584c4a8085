# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
# statement's constraints, including that `next` is only called while a value is left.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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
if not calls or calls[0] != "RoundRobinIterator" or "RoundRobinIterator" in calls[1:]:
    reject("the first call, and only it, must be the constructor")
if not 1 <= len(calls) - 1 <= 20000:
    reject(f"{len(calls) - 1} method calls, need 1..2*10^4")
if not (len(args[0]) == 1 and isinstance(args[0][0], list)):
    reject("the constructor takes one argument, the lists")
lists = args[0][0]
if not 1 <= len(lists) <= 1000 or not all(isinstance(l, list) and len(l) <= 1000 for l in lists):
    reject("need 1..1000 lists of 0..1000 values each")
total = sum(len(l) for l in lists)
if total > 10000:
    reject(f"{total} values in all, at most 10^4 allowed")
if not all(is_int(v, -10**9, 10**9) for l in lists for v in l):
    reject("every value must be an integer in -10^9..10^9")
left = total
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1):
    if a != []:
        reject(f"call {i}: {name} takes no arguments")
    if name == "next":
        if left == 0:
            reject(f"call {i}: next with no value left")
        left -= 1
    elif name != "hasNext":
        reject(f"call {i}: unknown method {name!r}")
sys.exit(42)
