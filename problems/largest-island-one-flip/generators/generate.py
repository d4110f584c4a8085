# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from collections import deque
from pathlib import Path


def solve(grid):
    n = len(grid)
    label = [[0] * n for _ in range(n)]
    sizes = [0]
    for r in range(n):
        for c in range(n):
            if grid[r][c] and not label[r][c]:
                sizes.append(0)
                label[r][c] = len(sizes) - 1
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    sizes[-1] += 1
                    for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                        if 0 <= ny < n and 0 <= nx < n and grid[ny][nx] and not label[ny][nx]:
                            label[ny][nx] = len(sizes) - 1
                            queue.append((ny, nx))
    best = max(sizes)
    for r in range(n):
        for c in range(n):
            if not grid[r][c]:
                near = {label[y][x] for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                        if 0 <= y < n and 0 <= x < n and grid[y][x]}
                best = max(best, 1 + sum(sizes[i] for i in near))
    return best


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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def land(n, share):
    return [[1 if rng.random() < share else 0 for _ in range(n)] for _ in range(n)]


def snake(n):
    """One long snake of land: rows of land joined at alternating ends, water between."""
    grid = [[0] * n for _ in range(n)]
    for r in range(0, n, 2):
        grid[r] = [1] * n
        if r + 1 < n:
            grid[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = 1
    return grid


clear_data()
rng = random.Random(5901)

write("sample", [[1, 0, 1], [0, 0, 0], [1, 1, 0]])
write("sample", [[1, 1], [1, 1]])
write("sample", [[0, 0], [0, 0]])
write("secret", [[0]])
write("secret", [[1]])
write("secret", [[1, 0], [0, 1]])
write("secret", [[1, 0], [0, 0]])
write("secret", [[1, 1], [1, 0]])
# One island touching the water cell from three sides: count it once.
write("secret", [[1, 1, 1], [1, 0, 1], [0, 0, 0]])
write("secret", [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
write("secret", [[1, 0, 1], [0, 0, 0], [1, 0, 1]])
write("secret", [[0, 1, 0], [1, 0, 1], [0, 1, 0]])
write("secret", land(5, 0.5))
write("secret", land(20, 0.4))
write("secret", land(50, 0.55))
# Maximum sizes: 200 x 200.
write("secret", [[1] * 200 for _ in range(200)])
write("secret", [[0] * 200 for _ in range(200)])
full = [[1] * 200 for _ in range(200)]
full[123][45] = 0
write("secret", full)
write("secret", land(200, 0.3))
write("secret", land(200, 0.5))
write("secret", land(200, 0.6))
write("secret", [[(r + c) % 2 for c in range(200)] for r in range(200)])
write("secret", snake(200))
half = [[1 if c != 100 else 0 for c in range(200)] for r in range(200)]
write("secret", half)
write("secret", [[1 if r % 3 == 0 or c % 3 == 0 else 0 for c in range(200)] for r in range(200)])
