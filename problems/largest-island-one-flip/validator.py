# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
    reject("expected a JSON array holding one grid")
grid = args[0]
n = len(grid)
if not 1 <= n <= 200:
    reject(f"{n} rows, need 1..200")
if not all(isinstance(row, list) and len(row) == n for row in grid):
    reject("the grid must be square: n rows of n cells")
if not all(v in (0, 1) and not isinstance(v, bool) for row in grid for v in row):
    reject("every cell must be 0 or 1")
sys.exit(42)
