# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from itertools import combinations


def solve(stakes):
    """Column sweep: for each pair of heights, the last column holding both."""
    columns = {}
    for x, y in stakes:
        columns.setdefault(x, []).append(y)
    last, best = {}, None
    for x in sorted(columns):
        for pair in combinations(sorted(columns[x]), 2):
            if pair in last:
                area = (x - last[pair]) * (pair[1] - pair[0])
                best = area if best is None else min(best, area)
            last[pair] = x
    return best or 0


def brute(stakes):
    """Every pair of opposite corners, for the small tests."""
    points, best = set(map(tuple, stakes)), 0
    for (x1, y1), (x2, y2) in combinations(points, 2):
        if x1 != x2 and y1 != y2 and (x1, y2) in points and (x2, y1) in points:
            area = abs(x1 - x2) * abs(y1 - y2)
            best = area if best == 0 else min(best, area)
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

C = 5 * 10**4


def write(kind, stakes):
    assert len(set(map(tuple, stakes))) == len(stakes)
    answer = solve(stakes)
    if len(stakes) <= 300:
        assert answer == brute(stakes), stakes
    write_json_test(kind, [stakes], answer)


def shuffled(points):
    points = [list(p) for p in points]
    rng.shuffle(points)
    return points


def lines(count, low=-C, high=C):
    """count distinct sorted coordinates in low..high."""
    return sorted(rng.sample(range(low, high + 1), count))


def grid(xs, ys, n):
    """n distinct stakes chosen from the grid xs × ys."""
    return shuffled(rng.sample([(x, y) for x in xs for y in ys], n))


def scattered(n, taken=()):
    points = set(map(tuple, taken))
    while len(points) < n:
        points.add((rng.randint(-C, C), rng.randint(-C, C)))
    return shuffled(points)


clear_data()
rng = random.Random(18901)

write("sample", [[0, 0], [0, 3], [4, 0], [4, 3], [2, 0], [2, 5], [4, 5]])
write("sample", [[0, 0], [1, 1], [2, 0], [1, -1]])
write("sample", [[-3, -1], [-3, 2], [5, -1], [5, 2], [1, -1], [1, 2], [5, 7]])
write("secret", [[7, -7]])
write("secret", [[0, 0], [3, 4]])
write("secret", [[0, 0], [0, 1], [1, 0]])
write("secret", [[0, 0], [0, 1], [1, 0], [1, 1]])
write("secret", [[-C, -C], [C, -C], [-C, C], [C, C]])  # area 10^10, past 32 bits
write("secret", [[-C, 0], [C, 0], [-C, 1], [C, 1], [0, C], [1, -C]])
write("secret", [[0, y] for y in range(10)] + [[x, 0] for x in range(1, 10)])  # an L: none
write("secret", [[1, 1], [1, 4], [6, 1], [6, 4], [3, 2], [4, 3], [2, 3], [5, 2]])
write("secret", shuffled((x, y) for x in (0, 2, 3, 7) for y in (0, 5, 6)))
write("secret", shuffled([(0, 0), (0, 9), (9, 0), (9, 9), (1, 0), (1, 9), (0, 8), (9, 8)]))
write("secret", grid(lines(5, -20, 20), lines(5, -20, 20), 12))
write("secret", grid(lines(8, -100, 100), lines(8, -100, 100), 30))
write("secret", grid(lines(20), lines(20), 200))
write("secret", scattered(300))
# Maximum sizes.
N = 1000
write("secret", grid(lines(40), lines(40), N))
write("secret", grid(lines(32, -40, 40), lines(32, -40, 40), N))  # dense: small plots
write("secret", grid(lines(10), lines(150), N))  # few tall columns
write("secret", grid(lines(150), lines(10), N))  # few wide rows
write("secret", shuffled((x, y) for x in lines(2) for y in lines(500)))
write("secret", shuffled((x, y) for x in lines(1) for y in lines(N)))  # one column: none
write("secret", shuffled((x, y) for x in lines(N) for y in lines(1)))  # one row: none
write("secret", scattered(N, [(-C, -C), (C, -C), (-C, C), (C, C)]))  # one huge plot
write("secret", scattered(N))
ys = lines(500)
write("secret", shuffled([(-7, y) for y in ys] + [(8, y) for y in ys[:250]] + [(9, y) for y in ys[250:]]))
