# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below, checked against Kruskal's algorithm and, on
# small tables, against trying every set of n - 1 cables.
import itertools
import random


def solve(cost):
    n = len(cost)
    inf = float("inf")
    best, inside, total = [inf] * n, [False] * n, 0
    best[0] = 0
    for _ in range(n):
        j = min((k for k in range(n) if not inside[k]), key=lambda k: best[k])
        inside[j] = True
        total += best[j]
        row = cost[j]
        for k in range(n):
            if not inside[k] and row[k] < best[k]:
                best[k] = row[k]
    return total


def kruskal(cost):
    n = len(cost)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for c, i, j in sorted((cost[i][j], i, j) for i in range(n) for j in range(i + 1, n)):
        a, b = find(i), find(j)
        if a != b:
            parent[a] = b
            total += c
    return total


def brute(cost):
    n = len(cost)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    best = None
    for chosen in itertools.combinations(pairs, n - 1):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        ok = True
        for i, j in chosen:
            a, b = find(i), find(j)
            if a == b:
                ok = False
                break
            parent[a] = b
        if ok:
            total = sum(cost[i][j] for i, j in chosen)
            best = total if best is None else min(best, total)
    return best if best is not None else 0


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


def write(kind, cost):
    answer = solve(cost)
    assert answer == kruskal(cost)
    if len(cost) <= 7:
        assert answer == brute(cost)
    write_json_test(kind, [cost], answer)


def table(n, low, high):
    cost = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            cost[i][j] = cost[j][i] = rng.randint(low, high)
    return cost


def from_points(n, span):
    """Costs are Euclidean-ish (rounded) distances between random points: a metric table."""
    pts = [(rng.randint(0, span), rng.randint(0, span)) for _ in range(n)]
    cost = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            d = abs(pts[i][0] - pts[j][0]) + abs(pts[i][1] - pts[j][1])
            cost[i][j] = cost[j][i] = max(1, d)
    return cost


clear_data()
rng = random.Random(17001)
N, C = 200, 10**6

write("sample", [[0, 6, 2, 9], [6, 0, 3, 4], [2, 3, 0, 8], [9, 4, 8, 0]])
write("sample", [[0, 5], [5, 0]])
write("sample", [[0, 7, 7], [7, 0, 7], [7, 7, 0]])
write("secret", [[0]])
write("secret", [[0, C], [C, 0]])
write("secret", [[0, 1], [1, 0]])
# Every island's cheapest cable is the same one: summing per-island minima undercounts.
write("secret", [[0, 1, 50, 60], [1, 0, 40, 70], [50, 40, 0, 30], [60, 70, 30, 0]])
# A star around island 0 is not cheapest: the update of best[] matters.
write("secret", [[0, 10, 10, 10, 10], [10, 0, 1, 9, 9], [10, 1, 0, 1, 9], [10, 9, 1, 0, 1],
                 [10, 9, 9, 1, 0]])
for n in (5, 6, 7, 7):
    write("secret", table(n, 1, 10))
for n in (6, 7):
    write("secret", table(n, 1, C))
write("secret", table(20, 1, 3))
write("secret", table(50, 1, C))
write("secret", from_points(80, 1000))
write("secret", table(100, 900000, C))
# Maximum sizes.
write("secret", table(N, 1, C))
write("secret", table(N, 1, 2))
write("secret", [[0 if i == j else C for j in range(N)] for i in range(N)])
write("secret", table(N - 60, C - 10, C))
write("secret", from_points(N, 50000))
# A path 0-1-2-...-(n-1) of cheap cables, everything else dear.
write("secret", [[0 if i == j else (1 + min(i, j) if abs(i - j) == 1 else C) for j in range(N)]
                 for i in range(N)])
# Cost grows with the index sum: the cheapest tree is a star around island 0.
write("secret", [[0 if i == j else i + j for j in range(N)] for i in range(N)])
write("secret", [[0 if i == j else 1 + (i * 37 + j * 37) % 1000 for j in range(N)] for i in range(N)])
write("secret", table(N - 1, 1, 1000))
