# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import random


def snake(grid):
    return [v for r, row in enumerate(grid) for v in (row if r % 2 == 0 else row[::-1])]


def solve(calls, grid):
    values, out, read = snake(grid), [None], 0
    for name in calls:
        if name == "next":
            out.append(values[read])
            read += 1
        else:
            out.append(read < len(values))
    return out


# --- shared: generate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Generator basics: a generator runs in its package folder and writes every file of data/.
import json
import shutil
from pathlib import Path

_counts = {"sample": 0, "secret": 0}


def dump(v):
    """Compact JSON, as test files hold it."""
    return json.dumps(v, separators=(",", ":"))


def clear_data():
    """Removes data/, so the generator writes all of it afresh."""
    shutil.rmtree("data", ignore_errors=True)


def write_test(kind, input_text, answer_text):
    """The next test of `kind` ("sample" or "secret"): data/<kind>/NN.in and NN.ans."""
    _counts[kind] += 1
    path = Path("data") / kind / f"{_counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(input_text)
    path.with_suffix(".ans").write_text(answer_text)


def write_json_test(kind, args, answer):
    """A function problem's test: one line of JSON arguments, the JSON result."""
    write_test(kind, dump(args) + "\n", dump(answer) + "\n")
# --- end shared: generate.py ---


def write(kind, grid, calls=None):
    """One test: the constructor, then `calls` (by default: every label read with `next`, a
    `hasNext` before each one, and a last `hasNext` at the end)."""
    if calls is None:
        total = sum(len(row) for row in grid)
        calls = ["hasNext", "next"] * total + ["hasNext"]
    test = {"calls": ["SnakeIterator"] + calls, "args": [[grid]] + [[] for _ in calls]}
    write_test(kind, dump(test) + "\n", dump(solve(calls, grid)) + "\n")


def nexts_only(grid):
    return ["next"] * sum(len(row) for row in grid)


def random_grid(m, n, low=-10**9, high=10**9):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(m)]


def random_calls(grid):
    """Every label read, with a random number (0..2) of hasNext calls before each next."""
    calls = []
    for _ in range(sum(len(row) for row in grid)):
        calls += ["hasNext"] * rng.randint(0, 2) + ["next"]
    return calls + ["hasNext"]


clear_data()
rng = random.Random(16401)
B = 10**9

write("sample", [[1, 2, 3], [4, 5, 6]], ["next"] * 4 + ["hasNext", "next", "next", "hasNext"])
write("sample", [[-7], [8], [-7]], ["hasNext", "next", "hasNext", "next", "next", "hasNext"])
write("sample", [[], []], ["hasNext"])
# Empty grids, single labels, single rows and columns.
write("secret", [], ["hasNext"])
write("secret", [[]], ["hasNext", "hasNext"])
write("secret", [[] for _ in range(100)], ["hasNext"])
write("secret", [[5]])
write("secret", [[-B]], ["next", "hasNext", "hasNext"])
write("secret", [[1, 2, 3, 4, 5]])
write("secret", [[1], [2], [3], [4]], nexts_only([[1], [2], [3], [4]]))
write("secret", [[1, 2], [3, 4]])
write("secret", [[1, 2, 3], [4, 5, 6], [7, 8, 9]], nexts_only([[0] * 3] * 3) + ["hasNext"])
write("secret", [[B, -B], [-B, B], [B, -B]])
# Duplicates: the order must come from positions, not values.
write("secret", [[3, 3, 3], [3, 3, 3]])
write("secret", [[1, 1, 2], [2, 1, 1], [0, 0, 0], [9, 9, 1]])
# A partial read: stops before the end.
write("secret", [[1, 2, 3], [4, 5, 6]], ["next", "next", "next", "next", "hasNext"])
write("secret", [[10, 20], [30, 40]], ["hasNext", "hasNext", "next", "hasNext", "hasNext"])
for m, n in ((3, 4), (4, 3), (7, 1), (1, 30), (10, 10), (25, 40)):
    g = random_grid(m, n, -50, 50)
    write("secret", g, random_calls(g))
g = random_grid(60, 70)
write("secret", g, nexts_only(g))
# Maximum sizes: 100 x 100 grids, 10^4 labels, up to 2*10^4 + 1 or 3*10^4 calls.
write("secret", random_grid(100, 100))
write("secret", [[100 * r + c for c in range(100)] for r in range(100)], nexts_only([[0] * 100] * 100))
write("secret", random_grid(100, 100, -9, 9), ["hasNext", "hasNext", "next"] * 10000)
write("secret", random_grid(1, 100))
write("secret", random_grid(100, 1))
write("secret", random_grid(99, 100, -999, 999), random_calls(random_grid(99, 100))[:30000])
