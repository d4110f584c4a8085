# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    total = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c]:
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = r + dr, c + dc
                    if not (0 <= nr < rows and 0 <= nc < cols) or not grid[nr][nc]:
                        total += 1
    return total


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
rng = random.Random(13001)


def noise(rows, cols, p):
    return [[1 if rng.random() < p else 0 for _ in range(cols)] for _ in range(rows)]


write("sample", [[0, 1, 0], [1, 1, 1], [0, 1, 0]])
write("sample", [[1, 1], [1, 1]])
write("sample", [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
write("secret", [[0]])
write("secret", [[1]])
write("secret", [[1, 0, 1]])
write("secret", [[1], [1], [1], [1]])
write("secret", [[1, 0], [0, 1]])
write("secret", [[0, 0, 0], [0, 0, 0]])
write("secret", [[1] * 7])
write("secret", [[1, 1, 1, 1], [1, 0, 0, 1], [1, 0, 0, 1], [1, 1, 1, 1]])
write("secret", noise(5, 6, 0.5))
write("secret", noise(10, 10, 0.3))
write("secret", noise(30, 20, 0.6))
write("secret", noise(1, 200, 0.5))
write("secret", noise(200, 1, 0.5))
# Maximum sizes: all land, all water, a checkerboard (every side is coast), random densities.
write("secret", [[1] * 200 for _ in range(200)])
write("secret", [[0] * 200 for _ in range(200)])
write("secret", [[(r + c) % 2 for c in range(200)] for r in range(200)])
write("secret", noise(200, 200, 0.5))
write("secret", noise(200, 200, 0.9))
write("secret", noise(200, 200, 0.1))
write("secret", [[0 if r % 2 and 0 < c < 199 else 1 for c in range(200)] for r in range(200)])
for _ in range(3):
    write("secret", noise(rng.randint(1, 40), rng.randint(1, 40), rng.random()))
