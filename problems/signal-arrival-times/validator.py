# Checks one test input against the statement: "n m s", then m lines "u v w", within bounds,
# single spaces, nothing else. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


NUMBER = re.compile(r"0|[1-9][0-9]*")


def numbers(line, count, where):
    tokens = line.split(" ")
    if len(tokens) != count or not all(NUMBER.fullmatch(t) for t in tokens):
        reject(f"{where}: expected {count} non-negative integers, got {line[:60]!r}")
    return list(map(int, tokens))


text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
n, m, s = numbers(lines[0], 3, "line 1")
if not (1 <= n <= 100000 and 0 <= m <= 100000 and 1 <= s <= n):
    reject(f"n = {n}, m = {m}, s = {s}: need 1 <= n <= 10^5, 0 <= m <= 10^5, 1 <= s <= n")
if len(lines) != m + 1:
    reject(f"expected {m} link lines after the first, got {len(lines) - 1}")
for i, line in enumerate(lines[1:], 2):
    u, v, w = numbers(line, 3, f"line {i}")
    if not (1 <= u <= n and 1 <= v <= n and w <= 10**9):
        reject(f"line {i}: need 1 <= u, v <= n and 0 <= w <= 10^9")
sys.exit(42)
