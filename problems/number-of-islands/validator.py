# Checks one test input against the statement: "R C" on the first line, then exactly R rows
# of C characters from "#.", and nothing else. Exit 42 when valid, 43 with the reason on
# stderr otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
head = lines[0].split(" ")
if len(head) != 2 or not all(re.fullmatch(r"[1-9][0-9]*", t) for t in head):
    reject(f"first line: expected 'R C', got {lines[0][:40]!r}")
rows, cols = map(int, head)
if not (1 <= rows <= 300 and 1 <= cols <= 300):
    reject(f"R = {rows}, C = {cols}: both must be in 1..300")
if len(lines) != rows + 1:
    reject(f"expected {rows} rows after the first line, got {len(lines) - 1}")
for i, row in enumerate(lines[1:], start=1):
    if len(row) != cols or not re.fullmatch(r"[#.]*", row):
        reject(f"row {i}: expected {cols} characters from '#.'")
sys.exit(42)
