# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import deque


def climb(h, starts):
    rows, cols = len(h), len(h[0])
    seen = [[False] * cols for _ in range(rows)]
    queue = deque()
    for r, c in starts:
        if not seen[r][c]:
            seen[r][c] = True
            queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and h[nr][nc] >= h[r][c]:
                seen[nr][nc] = True
                queue.append((nr, nc))
    return seen


def solve(h):
    rows, cols = len(h), len(h[0])
    north = climb(h, [(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    south = climb(h, [(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [[r, c] for r in range(rows) for c in range(cols) if north[r][c] and south[r][c]]


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
rng = random.Random(14401)


def rand(rows, cols, top):
    return [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]


def hill(rows, cols, noise):
    """A smooth ridge with noise: large regions drain one way or both."""
    cr, cc = rng.randrange(rows), rng.randrange(cols)
    return [[max(0, 1000 - 3 * (abs(r - cr) + abs(c - cc)) + rng.randint(0, noise)) for c in range(cols)] for r in range(rows)]


write("sample", [[1, 2, 3], [8, 9, 4], [7, 6, 5]])
write("sample", [[5]])
write("secret", [[0]])
write("secret", [[1, 2, 3, 4]])
write("secret", [[4], [3], [2], [1]])
write("secret", [[3, 3], [3, 3]])
write("secret", [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
write("secret", [[5, 5, 5], [5, 1, 5], [5, 5, 5]])
write("secret", [[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]])
write("secret", [[10, 0, 10], [0, 0, 0], [10, 0, 10]])
write("secret", rand(6, 7, 3))
write("secret", rand(20, 20, 10))
write("secret", rand(30, 10, 100000))
write("secret", hill(40, 40, 2))
for _ in range(5):
    write("secret", rand(rng.randint(1, 12), rng.randint(1, 12), rng.randint(0, 5)))
# Maximum sizes: all equal (every plot drains both ways), a staircase, a ridge with noise, a
# central basin walled in, random heights.
R = 150
write("secret", [[7] * R for _ in range(R)])
write("secret", [[r + c for c in range(R)] for r in range(R)])
write("secret", hill(R, R, 5))
write("secret", [[100000 if r in (1, R - 2) or c in (1, R - 2) else 0 for c in range(R)] for r in range(R)])
write("secret", rand(R, R, 3))
write("secret", [[abs(c - R // 2) for c in range(R)] for r in range(R)])
