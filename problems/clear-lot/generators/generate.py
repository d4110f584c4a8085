# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the histogram reference below (checked by brute force on small grids).
import random

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


def largest(grid):
    c = len(grid[0])
    height, best = [0] * (c + 1), 0  # height[c] stays 0: it flushes the stack
    for row in grid:
        for j, cell in enumerate(row):
            height[j] = height[j] + 1 if cell == "." else 0
        stack = []
        for j in range(c + 1):
            while stack and height[stack[-1]] >= height[j]:
                h = height[stack.pop()]
                left = stack[-1] if stack else -1
                best = max(best, h * (j - left - 1))
            stack.append(j)
    return best


def brute(grid):
    r, c = len(grid), len(grid[0])
    best = 0
    for top in range(r):
        for left in range(c):
            for bottom in range(top, r):
                for right in range(left, c):
                    if all(grid[i][j] == "." for i in range(top, bottom + 1) for j in range(left, right + 1)):
                        best = max(best, (bottom - top + 1) * (right - left + 1))
    return best


def write(kind, grid):
    answer = largest(grid)
    if len(grid) * len(grid[0]) <= 64:
        assert answer == brute(grid), grid
    write_test(kind, f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid), f"{answer}\n")


def random_grid(r, c, p_tree):
    return ["".join("#" if rng.random() < p_tree else "." for _ in range(c)) for _ in range(r)]


def with_block(r, c, p_tree, top, left, h, w):
    """A random grid with a clear h × w block at (top, left)."""
    grid = [list(row) for row in random_grid(r, c, p_tree)]
    for i in range(top, top + h):
        for j in range(left, left + w):
            grid[i][j] = "."
    return ["".join(row) for row in grid]


clear_data()
rng = random.Random(12201)
write("sample", [".#...", "...#.", "....#", "#...#"])
write("sample", ["###", "#.#"])
for grid in [["."], ["#"], ["..", ".."], ["#", ".", "."], [".#.#."], ["##", "##"],
             ["...#", "....", "#..."], [".##.", "....", ".##."], ["#...#", ".....", "#...#"], ["....", "#..#", "...."], [".", "#", "."]]:
    write("secret", grid)
for r, c, p in [(3, 4, 0.3), (6, 6, 0.25), (8, 8, 0.15), (30, 40, 0.1), (100, 100, 0.05), (200, 3, 0.1),
                (1, 300, 0.02)]:
    write("secret", random_grid(r, c, p))
# Largest: all clear, a sparse forest, a big clear block in a dense forest, a tall thin clear
# strip, and a checkerboard (area 1).
write("secret", ["." * 500] * 500)
write("secret", random_grid(500, 500, 0.002))
write("secret", with_block(500, 500, 0.5, 123, 45, 300, 200))
write("secret", with_block(500, 200, 0.3, 0, 150, 500, 3))
write("secret", [("#." * 251)[i % 2:i % 2 + 500] for i in range(500)])
