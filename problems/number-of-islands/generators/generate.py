# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import random
import shutil
from collections import deque
from pathlib import Path


def islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            count += 1
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        queue.append((ny, nx))
    return count


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
    write_test(kind, f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid), f"{islands(grid)}\n")


def random_grid(rows, cols, land):
    return ["".join("#" if rng.random() < land else "." for _ in range(cols)) for _ in range(rows)]


def snake(rows, cols):
    """One island winding through the whole grid: every other row is land, joined at
    alternating ends, so a walk along it is about rows * cols / 2 cells long."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append("#" * cols)
        elif r % 4 == 1:
            grid.append("." * (cols - 1) + "#")
        else:
            grid.append("#" + "." * (cols - 1))
    return grid


clear_data()
rng = random.Random(1508)
write("sample", ["##..#", "#...#", "..#..", "...##"])
write("sample", ["#.#", ".#.", "#.#"])
write("secret", ["#"])
write("secret", ["."])
write("secret", ["#.#.#.#"])
write("secret", ["#", ".", "#", "#", ".", "#"])
write("secret", ["###", "#.#", "###"])
write("secret", ["#.", ".#"])
write("secret", [".#", "#."])
write("secret", ["...", "...", "..."])
write("secret", ["#####", "....#", "###.#", "#...#", "#####"])
write("secret", random_grid(10, 10, 0.4))
write("secret", random_grid(20, 30, 0.5))
write("secret", random_grid(50, 50, 0.3))
write("secret", random_grid(1, 300, 0.5))
write("secret", random_grid(300, 1, 0.5))
write("secret", snake(31, 31))
# A checkerboard: every land cell is an island of its own, diagonally touching the next.
write("secret", ["".join("#" if (r + c) % 2 == 0 else "." for c in range(60)) for r in range(60)])
# Maximum sizes.
write("secret", ["#" * 300] * 300)
write("secret", ["." * 300] * 300)
write("secret", random_grid(300, 300, 0.5))
write("secret", random_grid(300, 300, 0.6))
write("secret", random_grid(300, 300, 0.2))
write("secret", snake(300, 300))
write("secret", ["".join("#" if (r + c) % 2 == 0 else "." for c in range(300)) for r in range(300)])
write("secret", ["".join("#" if r % 2 == 0 and c % 2 == 0 else "." for c in range(300)) for r in range(300)])
write("secret", [row[:150] + "." + row[151:] for row in ["#" * 300] * 300])
write("secret", random_grid(300, 299, 0.45))
