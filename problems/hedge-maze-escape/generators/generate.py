# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (breadth-first search), checked on small tests
# against a brute force that relaxes distances until nothing changes.
import random
from collections import deque


def find(maze, ch):
    for r, row in enumerate(maze):
        if ch in row:
            return r, row.index(ch)


def solve(maze):
    rows, cols = len(maze), len(maze[0])
    dist = [[-1] * cols for _ in range(rows)]
    sr, sc = find(maze, "S")
    dist[sr][sc] = 0
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and dist[nr][nc] == -1:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    er, ec = find(maze, "E")
    return dist[er][ec]


def brute(maze):
    rows, cols = len(maze), len(maze[0])
    INF = float("inf")
    dist = {(r, c): INF for r in range(rows) for c in range(cols) if maze[r][c] != "#"}
    dist[find(maze, "S")] = 0
    changed = True
    while changed:
        changed = False
        for (r, c), d in list(dist.items()):
            for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if nb in dist and dist[nb] + 1 < d:
                    d = dist[nb] + 1
                    dist[(r, c)] = d
                    changed = True
    best = dist[find(maze, "E")]
    return -1 if best == INF else best


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


def write(kind, maze):
    answer = solve(maze)
    if len(maze) * len(maze[0]) <= 400:
        assert answer == brute(maze), maze
    write_json_test(kind, [maze], answer)


def place(grid, s, e):
    grid = [list(row) for row in grid]
    grid[s[0]][s[1]] = "S"
    grid[e[0]][e[1]] = "E"
    return ["".join(row) for row in grid]


def random_maze(rows, cols, wall):
    grid = [["#" if rng.random() < wall else "." for _ in range(cols)] for _ in range(rows)]
    s, e = rng.sample([(r, c) for r in range(rows) for c in range(cols)], 2)
    return place(grid, s, e)


def carved(rows, cols):
    """A perfect maze (one route between any two squares) carved on the odd squares."""
    grid = [["#"] * cols for _ in range(rows)]
    start = (0, 0)
    grid[0][0] = "."
    stack = [start]
    while stack:
        r, c = stack[-1]
        options = [(r + dr, c + dc, dr, dc) for dr, dc in ((-2, 0), (2, 0), (0, -2), (0, 2))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and grid[r + dr][c + dc] == "#"]
        if not options:
            stack.pop()
            continue
        nr, nc, dr, dc = rng.choice(options)
        grid[r + dr // 2][c + dc // 2] = "."
        grid[nr][nc] = "."
        stack.append((nr, nc))
    return grid


def serpentine(rows, cols):
    """Walls with one gap at alternating ends: the only route zigzags through every row."""
    grid = [["."] * cols for _ in range(rows)]
    for r in range(1, rows, 2):
        for c in range(cols):
            grid[r][c] = "#"
        grid[r][cols - 1 if r % 4 == 1 else 0] = "."
    return grid


clear_data()
rng = random.Random(17701)

write("sample", ["S.#.", "..#E", "#...", "##.#"])
write("sample", ["S#.", "#..", "..E"])
write("sample", ["SE"])
# Edge cases.
write("secret", ["S", "E"])
write("secret", ["E#S"])
write("secret", ["S.E"])
write("secret", ["E", ".", ".", "S"])
write("secret", ["S...", "###.", "E...", ])
write("secret", ["S.....", ".####.", ".#E.#.", ".####.", "......"])
write("secret", [".....", ".###.", ".#E#.", ".###.", "S...."])
write("secret", ["S" + "." * 198 + "E"])
write("secret", ["E" + "#" * 198 + "S"])
# Open squares around a detour: a depth-first search finds a long route first.
write("secret", ["......", "......", "..SE..", "......"])
write("secret", place([["."] * 9 for _ in range(9)], (4, 4), (4, 6)))
# Small random mazes, checked against the brute force.
for wall in (0.1, 0.25, 0.35, 0.45):
    write("secret", random_maze(rng.randint(2, 12), rng.randint(2, 12), wall))
write("secret", random_maze(15, 20, 0.3))
# Maximum sizes.
write("secret", place([["."] * 200 for _ in range(200)], (0, 0), (199, 199)))
write("secret", place([["."] * 200 for _ in range(200)], (100, 100), (100, 101)))
write("secret", random_maze(200, 200, 0.25))
write("secret", random_maze(200, 200, 0.4))
grid = carved(199, 199)
write("secret", place([row + ["#"] for row in grid] + [["."] * 200], (0, 0), (198, 198)))
write("secret", place(serpentine(200, 200), (0, 0), (199, 199)))
grid = serpentine(200, 200)
grid[197] = ["#"] * 200  # the last wall has no gap
write("secret", place(grid, (0, 0), (199, 0)))
write("secret", place([["."] * 200] + [["#"] * 200 for _ in range(199)], (0, 0), (0, 199)))
write("secret", place([["."] + ["#"] * 199 for _ in range(200)], (199, 0), (0, 0)))
