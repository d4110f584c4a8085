# Checks one test input against the statement: "n", then n words of 1..20 letters a-z, one per
# line, nothing else. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


WORD = re.compile(r"[a-z]{1,20}")
text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
if not re.fullmatch(r"[1-9][0-9]*", lines[0]) or not 1 <= int(lines[0]) <= 10000:
    reject(f"line 1: n must be an integer in 1..10^4, got {lines[0][:20]!r}")
n = int(lines[0])
if len(lines) != n + 1:
    reject(f"expected {n} words after the first line, got {len(lines) - 1} lines")
for i, w in enumerate(lines[1:], 2):
    if not WORD.fullmatch(w):
        reject(f"line {i}: a word must be 1..20 letters a-z, got {w[:30]!r}")
sys.exit(42)
