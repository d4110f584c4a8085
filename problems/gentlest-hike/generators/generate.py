# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import heapq
import random


def solve(heights):
    m, n = len(heights), len(heights[0])
    best = [[None] * n for _ in range(m)]
    best[0][0] = 0
    heap = [(0, 0, 0)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if d != best[r][c]:
            continue
        if (r, c) == (m - 1, n - 1):
            return d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n:
                nd = max(d, abs(heights[r][c] - heights[nr][nc]))
                if best[nr][nc] is None or nd < best[nr][nc]:
                    best[nr][nc] = nd
                    heapq.heappush(heap, (nd, nr, nc))


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


def write(kind, heights):
    write_json_test(kind, [heights], solve(heights))


clear_data()
rng = random.Random(7401)
H = 10**6


def rand(m, n, low=1, high=H):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(m)]


def serpentine(m, n, wall=H, step=3):
    """A gentle corridor winding up and down the columns between steep walls."""
    g = [[wall] * n for _ in range(m)]
    h = 1
    for c in range(0, n, 2):
        rows = range(m) if (c // 2) % 2 == 0 else range(m - 1, -1, -1)
        for r in rows:
            g[r][c] = h
            h = min(H - 1, h + rng.randint(0, step))
        if c + 1 < n:
            g[rows[-1]][c + 1] = h
            h = min(H - 1, h + rng.randint(0, step))
    return g


def smooth(m, n, amplitude):
    """Rolling hills: a random walk in both directions."""
    g = [[0] * n for _ in range(m)]
    for r in range(m):
        for c in range(n):
            base = g[r - 1][c] if r else (g[r][c - 1] if c else H // 2)
            if r and c:
                base = (g[r - 1][c] + g[r][c - 1]) // 2
            g[r][c] = min(H, max(1, base + rng.randint(-amplitude, amplitude)))
    return g


write("sample", [[1, 3, 9], [8, 5, 9], [9, 6, 7]])
write("sample", [[1, 9, 4, 5], [2, 9, 3, 6], [3, 2, 2, 7], [9, 9, 9, 8]])
write("secret", [[7]])
write("secret", [[1, H]])
write("secret", [[H], [1]])
write("secret", [[5, 5], [5, 5]])
write("secret", [[1, 2, 3, 4, 5, 6]])
write("secret", [[1], [10], [3], [7]])
write("secret", [[1, 100], [50, 100]])
write("secret", [[1, 1, 1], [H, H, 1], [1, 1, 1], [1, H, H], [1, 1, 1]])
write("secret", serpentine(7, 9))
write("secret", rand(5, 5, 1, 20))
write("secret", rand(20, 30))
write("secret", smooth(40, 40, 50))
write("secret", serpentine(30, 31, step=10))
write("secret", [list(row) for row in zip(*serpentine(41, 61, step=5))])
write("secret", serpentine(3, 200, wall=5000))
write("secret", smooth(100, 150, 200))
# Maximum sizes: a winding corridor (right/down moves fail badly), rolling hills, random,
# flat, and a single row or column.
write("secret", serpentine(200, 199))
write("secret", serpentine(199, 200, step=1000))
write("secret", smooth(200, 200, 1000))
write("secret", rand(200, 200))
write("secret", rand(200, 200, 1, 3))
write("secret", [[H] * 200 for _ in range(200)])
write("secret", [[rng.randint(1, H) for _ in range(200)]])
write("secret", [[rng.randint(1, 1000)] for _ in range(200)])
write("secret", smooth(200, 200, 30))
