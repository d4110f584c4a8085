# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (a walk that turns at walls and visited cells).
import random


def solve(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    out, r, c, d = [], 0, 0, 0
    moves = ((0, 1), (1, 0), (0, -1), (-1, 0))
    for _ in range(m * n):
        out.append(grid[r][c])
        seen[r][c] = True
        nr, nc = r + moves[d][0], c + moves[d][1]
        if not (0 <= nr < m and 0 <= nc < n) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + moves[d][0], c + moves[d][1]
        r, c = nr, nc
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


def write(kind, grid):
    write_json_test(kind, [grid], solve(grid))


clear_data()
rng = random.Random(9601)


def numbered(m, n):
    return [[(r * n + c) % 2001 - 1000 for c in range(n)] for r in range(m)]


def rand(m, n):
    return [[rng.randint(-1000, 1000) for _ in range(n)] for _ in range(m)]


write("sample", [[8, 1, 6], [3, 5, 7], [4, 9, 2]])
write("sample", [[10, 20, 30], [11, 21, 31], [12, 22, 32], [13, 23, 33]])
write("secret", [[5]])
write("secret", [[1, 2, 3]])
write("secret", [[1], [2], [3]])
write("secret", [[1, 2], [3, 4]])
write("secret", [[1, 2], [3, 4], [5, 6]])
write("secret", [[1, 2, 3], [4, 5, 6]])
write("secret", numbered(4, 4))
write("secret", numbered(5, 3))
write("secret", numbered(3, 5))
write("secret", numbered(6, 7))
write("secret", numbered(7, 2))
write("secret", [[-1000] * 4 for _ in range(9)])
write("secret", rand(10, 1))
write("secret", rand(1, 10))
write("secret", rand(17, 23))
# Maximum sizes: square, wide, tall, one row, one column, and odd shapes that end in a single
# middle row or column.
write("secret", rand(300, 300))
write("secret", rand(299, 300))
write("secret", rand(300, 299))
write("secret", rand(1, 300))
write("secret", rand(300, 1))
write("secret", rand(101, 300))
write("secret", rand(300, 101))
write("secret", numbered(299, 299))
