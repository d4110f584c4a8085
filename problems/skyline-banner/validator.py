# Checks one test input against the statement: "n" on the first line, then exactly n integers
# in 0..10^9 on the second, single spaces, nothing else. Exit 42 when valid, 43 otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


NUMBER = re.compile(r"0|[1-9][0-9]*")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 2:
    reject("expected exactly two lines, each ending with a newline")
first, second = text.split("\n")[:2]
if not NUMBER.fullmatch(first) or not 1 <= int(first) <= 100000:
    reject(f"first line: n must be an integer in 1..10^5, got {first[:20]!r}")
n = int(first)
tokens = second.split(" ")
if len(tokens) != n:
    reject(f"second line: expected {n} heights, got {len(tokens)}")
for t in tokens:
    if not NUMBER.fullmatch(t) or int(t) > 10**9:
        reject(f"second line: {t[:20]!r} is not an integer in 0..10^9")
sys.exit(42)
