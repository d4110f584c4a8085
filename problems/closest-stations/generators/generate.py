# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below. Every test has a unique answer: it is
# regenerated until the k-th and (k+1)-th distances differ.
import random


def dist(p):
    return p[0] * p[0] + p[1] * p[1]


def solve(stations, k):
    return sorted(stations, key=dist)[:k]


def unique(stations, k):
    d = sorted(map(dist, stations))
    return k == len(d) or d[k - 1] < d[k]


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


def write(kind, stations, k):
    assert unique(stations, k), (stations[:5], k)
    write_json_test(kind, [stations, k], solve(stations, k))


clear_data()
rng = random.Random(9801)
V = 10**4


def scatter(n, k, r=V):
    while True:
        s = [[rng.randint(-r, r), rng.randint(-r, r)] for _ in range(n)]
        if unique(s, k):
            return s, k


write("sample", [[3, 4], [-1, 2], [6, -1], [0, -3]], 2)
write("sample", [[2, 2], [-2, -2], [5, 0]], 3)
write("secret", [[0, 0]], 1)
write("secret", [[V, V], [-V, -V]], 2)
write("secret", [[V, V], [-V, -V + 1]], 1)
write("secret", [[1, 1], [1, 1], [2, 2]], 2)
write("secret", [[3, 0], [0, 2], [-2, -2]], 1)
# Manhattan distance would prefer [3,0] (3) over [2,2] (4); Euclidean prefers [2,2] (8 < 9).
write("secret", [[3, 0], [2, 2], [0, 5]], 1)
write("secret", [[5, 5], [0, 7], [-6, 0], [1, 1]], 3)
write("secret", [[-4, -4], [4, 4], [4, -4], [0, 5]], 1)
write("secret", [[7, 7], [7, 7], [7, 7], [1, 0]], 4)
write("secret", *scatter(10, 3, 10))
write("secret", *scatter(100, 50, 100))
write("secret", *scatter(1000, 1))
write("secret", *scatter(1000, 999))
write("secret", *scatter(5000, 2500))
# Maximum sizes: k of 1 and a few; then large tests: many duplicates among the far stations,
# a grid, k of half, all, all but one, and clusters.
N = 100000
write("secret", *scatter(N, 1))
write("secret", *scatter(N, 10))
write("secret", *scatter(30000, 15000))
write("secret", *scatter(30000, 30000))
far = [[V, V]] * (30000 - 100)
write("secret", [[rng.randint(-50, 50), rng.randint(-50, 50)] for _ in range(100)] + far, 100)
write("secret", *scatter(30000, 777, 3000))
write("secret", [[i % 200 - 100, i // 200 * 7 - V] for i in range(30000)], 1)
write("secret", *scatter(30000, 29999))
write("secret", *scatter(20000, 12345, 500))
