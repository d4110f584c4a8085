# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_time(v):
    return isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 10**7


TOKEN = re.compile(r"[a-z0-9]{1,20}")
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
if not calls or calls[0] != "VersionedStore" or args[0] != [] or "VersionedStore" in calls[1:]:
    reject("the first call, and only it, must be the constructor, without arguments")
if not 1 <= len(calls) - 1 <= 10000:
    reject(f"{len(calls) - 1} method calls, need 1..10^4")
last_set = 0
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1):
    if name == "set":
        if not (len(a) == 3 and all(isinstance(s, str) and TOKEN.fullmatch(s) for s in a[:2])
                and is_time(a[2])):
            reject(f"call {i}: set needs a key and value of 1..20 [a-z0-9] and a time in 1..10^7")
        if a[2] <= last_set:
            reject(f"call {i}: set timestamps must strictly increase ({a[2]} after {last_set})")
        last_set = a[2]
    elif name == "get":
        if not (len(a) == 2 and isinstance(a[0], str) and TOKEN.fullmatch(a[0]) and is_time(a[1])):
            reject(f"call {i}: get needs a key of 1..20 [a-z0-9] and a time in 1..10^7")
    else:
        reject(f"call {i}: unknown method {name!r}")
sys.exit(42)
