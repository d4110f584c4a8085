# Checks one test input (a line of JSON arguments) against the statement's constraints.
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
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 2 or not isinstance(args[0], list):
    reject("expected a JSON array of two arguments: pages and h")
pages, h = args
if not 1 <= len(pages) <= 10000:
    reject(f"pages has {len(pages)} values, need 1..10^4")
if not all(is_int(v, 1, 10**9) for v in pages):
    reject("every book must have an integer number of pages in 1..10^9")
if not is_int(h, len(pages), 10**9):
    reject(f"h = {h!r}: need pages.length <= h <= 10^9")
sys.exit(42)
