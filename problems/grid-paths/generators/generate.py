# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

MOD = 10**9 + 7


def solve(grid):
    ways = [0] * len(grid[0])
    ways[0] = 1
    for row in grid:
        for c, rock in enumerate(row):
            if rock:
                ways[c] = 0
            elif c > 0:
                ways[c] = (ways[c] + ways[c - 1]) % MOD
    return ways[-1]


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


def rocks(m, n, share, free_ends=True):
    grid = [[1 if rng.random() < share else 0 for _ in range(n)] for _ in range(m)]
    if free_ends:
        grid[0][0] = grid[-1][-1] = 0
    return grid


clear_data()
rng = random.Random(5301)

write("sample", [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
write("sample", [[0, 1], [0, 0]])
write("sample", [[0, 0, 1, 0]])
write("secret", [[0]])
write("secret", [[1]])
write("secret", [[0, 0, 0, 0]])
write("secret", [[0], [0], [0]])
write("secret", [[0], [1], [0]])
write("secret", [[1, 0], [0, 0]])
write("secret", [[0, 0], [0, 1]])
write("secret", [[0, 0], [1, 0]])
# A rock in the first row or column cuts off what comes after it.
write("secret", [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
write("secret", [[0, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0]])
write("secret", [[0, 0, 0], [0, 0, 0], [0, 0, 0]])
write("secret", [[0, 1, 0], [1, 0, 0], [0, 0, 0]])
write("secret", rocks(6, 7, 0.2))
write("secret", rocks(20, 20, 0.25))
# Maximum sizes: 100 x 100; without rocks the count is C(198, 99), about 2.3 * 10^58.
write("secret", [[0] * 100 for _ in range(100)])
write("secret", [[0] * 100])
write("secret", [[0] for _ in range(100)])
write("secret", rocks(100, 100, 0.1))
write("secret", rocks(100, 100, 0.3))
write("secret", rocks(100, 100, 0.05))
write("secret", [[1 if (r + c) % 7 == 3 and r != c else 0 for c in range(100)] for r in range(100)])
write("secret", [[0] * 100 for _ in range(99)] + [[0] * 99 + [1]])
write("secret", [[0] * 99 + [1]] + [[0] * 100 for _ in range(99)])
