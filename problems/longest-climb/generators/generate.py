# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(h):
    rows, cols = len(h), len(h[0])
    best = [[1] * cols for _ in range(rows)]
    cells = sorted(((h[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    answer = 1
    for v, r, c in cells:
        b = 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and h[nr][nc] > v:
                b = max(b, best[nr][nc] + 1)
        best[r][c] = b
        answer = max(answer, b)
    return answer


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


def write(kind, h):
    write_json_test(kind, [h], solve(h))


clear_data()
rng = random.Random(14901)
TOP = 2**31 - 1


def rand(rows, cols, top):
    return [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]


def spiral(n, start=0):
    """Heights increasing along a spiral: one climb through every plot."""
    h = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(n * n):
        h[r][c] = start + k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or h[nr][nc] or (nr, nc) == (0, 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return h


write("sample", [[9, 9, 4], [6, 6, 8], [2, 1, 1]])
write("sample", [[3, 4, 5], [3, 2, 6], [2, 2, 1]])
write("sample", [[7]])
write("secret", [[0]])
write("secret", [[TOP]])
write("secret", [[1, 1], [1, 1]])
write("secret", [[1, 2], [4, 3]])
write("secret", [[1, 2, 3, 4, 5]])
write("secret", [[5], [4], [3], [2], [1]])
write("secret", [[TOP - 1, TOP], [0, 1]])
write("secret", [[1, 2, 3], [2, 2, 4], [3, 4, 5]])
write("secret", spiral(5))
write("secret", rand(10, 10, 5))
write("secret", rand(30, 20, TOP))
write("secret", [[r + c for c in range(40)] for r in range(40)])
for _ in range(4):
    write("secret", rand(rng.randint(1, 12), rng.randint(1, 12), rng.randint(0, 9)))
# Maximum sizes: a spiral (one climb of all 22 500 plots, deep for recursion), a staircase,
# a plateau, random heights with few and many values.
N = 150
write("secret", spiral(N, TOP - N * N + 1))
write("secret", [[r * N + (c if r % 2 == 0 else N - 1 - c) for c in range(N)] for r in range(N)])
write("secret", [[7] * N for _ in range(N)])
write("secret", rand(N, N, 3))
write("secret", rand(N, N, 10**6))
write("secret", [[min(r, c, N - 1 - r, N - 1 - c) for c in range(N)] for r in range(N)])
