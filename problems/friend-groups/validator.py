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
if not isinstance(args, list) or len(args) != 2:
    reject("expected a JSON array of two arguments: n and links")
n, links = args
if not is_int(n, 1, 20000):
    reject("n must be an integer in 1..2*10^4")
if not isinstance(links, list) or len(links) > 40000:
    reject("links must be an array of at most 4*10^4 pairs")
for i, link in enumerate(links):
    if not (isinstance(link, list) and len(link) == 2 and all(is_int(v, 0, n - 1) for v in link)
            and link[0] != link[1]):
        reject(f"links[{i}] = {link!r}: need [a, b] with 0 <= a, b < n and a != b")
sys.exit(42)
