# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import deque


def solve(shelf):
    m, n = len(shelf), len(shelf[0])
    dist = [[-1] * n for _ in range(m)]
    queue, fresh = deque(), 0
    for r in range(m):
        for c in range(n):
            if shelf[r][c] == 2:
                dist[r][c] = 0
                queue.append((r, c))
            elif shelf[r][c] == 1:
                fresh += 1
    last = 0
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and shelf[nr][nc] == 1 and dist[nr][nc] < 0:
                dist[nr][nc] = last = dist[r][c] + 1
                fresh -= 1
                queue.append((nr, nc))
    return -1 if fresh else last


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


def write(kind, shelf):
    write_json_test(kind, [shelf], solve(shelf))


clear_data()
rng = random.Random(6701)


def grid(m, n, weights=(1, 6, 1)):
    return [rng.choices((0, 1, 2), weights, k=n) for _ in range(m)]


def snake(m, n):
    """A one-cell-wide corridor of fresh loaves winding through the grid, mold at its start."""
    g = [[0] * n for _ in range(m)]
    for r in range(0, m, 2):
        for c in range(n):
            g[r][c] = 1
        if r + 1 < m:
            g[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = 1
    g[0][0] = 2
    return g


write("sample", [[2, 1, 1], [0, 1, 0], [1, 1, 2]])
write("sample", [[1, 0, 2], [1, 1, 0]])
write("secret", [[0]])
write("secret", [[1]])
write("secret", [[2]])
write("secret", [[2, 2], [2, 2]])
write("secret", [[0, 0], [0, 0]])
write("secret", [[1, 1, 1, 1, 2]])
write("secret", [[2], [1], [1], [0], [1]])
write("secret", [[2, 1, 1, 1, 1, 1, 2]])
write("secret", [[1, 1, 1], [1, 2, 1], [1, 1, 1]])
write("secret", [[2, 0, 1], [0, 0, 0], [1, 0, 2]])
write("secret", [[1, 2, 1, 0, 1, 1, 1, 1, 1, 2]])
write("secret", grid(5, 5))
write("secret", grid(10, 20, (1, 8, 1)))
write("secret", grid(30, 30, (2, 10, 1)))
write("secret", grid(50, 80, (0, 40, 1)))
write("secret", snake(11, 13))
# Maximum sizes: a winding corridor (many minutes), all fresh with one moldy corner, random
# shelves with and without cut-off loaves.
write("secret", snake(300, 300))
g = [[1] * 300 for _ in range(300)]
g[299][299] = 2
write("secret", g)
write("secret", grid(300, 300, (1, 30, 1)))
write("secret", grid(300, 300, (4, 10, 1)))
write("secret", [[2] * 300 for _ in range(300)])
write("secret", [[1 if (r + c) % 7 else 2 for c in range(300)] for r in range(300)])
write("secret", [[1] * 300] + [[0] * 300 for _ in range(298)] + [[2] + [1] * 299])
write("secret", [[1] * 1 for _ in range(299)] + [[2]])
write("secret", [[2] + [1] * 299])
