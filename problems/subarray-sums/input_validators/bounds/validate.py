# Checks a test input against the statement, strictly: "n k" on the first line, then exactly
# n integers on the second, within bounds, and nothing else. Exit 42 when valid (Kattis).
# Flags: --max-n N lowers the bound on n for a group's tests.
import re
import sys

def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)

max_n = 200_000
args = sys.argv[1:]
if args[:1] == ["--max-n"]:
    max_n = int(args[1])

INT = re.compile(r"-?(0|[1-9][0-9]*)$")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 2:
    reject("expected exactly two lines, each ending with a newline")
first, second = text.split("\n")[:2]
head = first.split(" ")
if len(head) != 2 or not all(INT.match(t) for t in head):
    reject(f"first line: expected 'n k', got {first[:40]!r}")
n, k = map(int, head)
if not 1 <= n <= max_n:
    reject(f"n = {n} is outside 1..{max_n}")
if abs(k) > 2_000_000_000:
    reject(f"k = {k} is out of range")
values = second.split(" ")
if len(values) != n:
    reject(f"second line: expected {n} integers, got {len(values)}")
for v in values:
    if not INT.match(v) or abs(int(v)) > 10_000:
        reject(f"second line: {v[:20]!r} is not an integer of absolute value at most 10000")
sys.exit(42)
