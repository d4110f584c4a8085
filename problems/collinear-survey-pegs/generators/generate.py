# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference count below.
import random
from collections import Counter, defaultdict
from math import gcd

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

C, N = 10**9, 1000


def solve(pegs):
    count = Counter((x, y) for x, y in pegs)
    spots = list(count.items())
    best = max(count.values())
    for i, ((x0, y0), here) in enumerate(spots):
        lines = defaultdict(int)
        for (x, y), c in spots[i + 1:]:
            dx, dy = x - x0, y - y0
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            lines[dx, dy] += c
        if lines:
            best = max(best, here + max(lines.values()))
    return best


def write(kind, pegs):
    write_json_test(kind, [pegs], solve(pegs))


def scatter(n, low=-C, high=C):
    return [[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)]


def on_line(k, x0, y0, dx, dy, step_low=1, step_high=1):
    """k pegs on the line through (x0, y0) with direction (dx, dy), at random multiples."""
    ts = rng.sample(range(-step_high, step_high + 1), k) if step_high > 1 else range(k)
    return [[x0 + t * dx, y0 + t * dy] for t in ts]


clear_data()
rng = random.Random(15801)

write("sample", [[0, 0], [2, 1], [4, 2], [1, 3], [6, 3], [3, 0]])
write("sample", [[5, 5], [5, 5], [-1, 2], [7, 6], [0, 0]])

# Edge cases: one peg, stacked pegs, vertical and horizontal lines, the coordinate bounds.
write("secret", [[7, -3]])
write("secret", [[C, C], [C, C]])
write("secret", [[4, 4]] * 6 + [[5, 5]])
write("secret", [[3, y] for y in range(-4, 5)] + [[4, 0], [5, 0]])
write("secret", [[x, -2] for x in range(10, 0, -1)] + [[0, 0], [0, 1], [0, 2]])
write("secret", [[-C, -C], [C, C], [0, 0], [-C, C], [C, -C]])
write("secret", [[-C, -C], [C, C], [1, 1], [C, C - 1], [C - 1, C]])
write("secret", [[-C, C], [C, -C], [-C, C], [C, -C], [0, 1]])
write("secret", [[1, 2], [2, 4], [-1, -2], [-2, -4], [3, 5], [0, 0]])
write("secret", [[0, 0], [1, 1], [2, 2], [0, 0], [1, 0], [2, 0], [3, 0], [0, 0]])
write("secret", [[2, 3], [4, 9], [7, 1]])
# Nearly equal slopes: exact through the origin only if compared as fractions, not floats.
near = [[C - i, C - 1 - i] for i in range(30)]
write("secret", [[0, 0]] + near)
write("secret", [[0, 0], [C, C - 1], [C - 1, C - 2], [C - 2, C - 3], [-C, -C + 1], [1, 1]])
tall = [[C - 1 - i, C - i] for i in range(25)]
write("secret", [[0, 0], [0, 0]] + tall)
# Random small cases on a tiny grid (many lines of three or more), then wider ones.
write("secret", scatter(12, -3, 3))
write("secret", scatter(60, -6, 6))
write("secret", scatter(200, -20, 20))
write("secret", scatter(300, -C, C))

# Maximum sizes: 1000 pegs.
write("secret", scatter(N))
grid = [[x, y] for x in range(-15, 16) for y in range(-16, 16)][:N]
rng.shuffle(grid)
write("secret", grid)
# A long line hidden in noise: steps of a reduced direction at huge coordinates.
line = on_line(420, -3, 11, 4_000_000, -2_999_999, step_high=249)
pegs = line + scatter(N - len(line))
rng.shuffle(pegs)
write("secret", pegs)
# Two crossing lines and stacks of pegs on the crossing spot.
a = on_line(300, 0, 0, 7, 3, step_high=10**6)
b = on_line(300, 0, 0, -5, 11, step_high=10**6)
pegs = a + b + [[0, 0]] * 50 + scatter(N - 650, -10**4, 10**4)
rng.shuffle(pegs)
write("secret", pegs)
# Every peg on a parabola: no three collinear.
write("secret", [[x, x * x] for x in rng.sample(range(-31000, 31001), N)])
# Many nearly parallel lines through the origin at the largest coordinates.
fan = [[0, 0]] * 3 + [[C - i, C - 1 - i] for i in range(600)] + [[C - 2 - 2 * i, C - 1 - 2 * i] for i in range(397)]
rng.shuffle(fan)
write("secret", fan)
# Few distinct spots, each stacked many times.
spots = scatter(12, -100, 100)
write("secret", [list(rng.choice(spots)) for _ in range(N)])
