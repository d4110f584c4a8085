# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (Kruskal with an extra "sun" node).
import random


def solve(panels, cables):
    n = len(panels)
    parent = list(range(n + 1))  # node n is the sun; a solar array is a line to it

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lines = [(c, a, b) for a, b, c in cables] + [(p, i, n) for i, p in enumerate(panels)]
    lines.sort()
    total = 0
    for c, a, b in lines:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += c
    return total


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


def write(kind, panels, cables):
    write_json_test(kind, [panels, cables], solve(panels, cables))


clear_data()
rng = random.Random(20001)
C = 10**5


def prices(n, low=1, high=C):
    return [rng.randint(low, high) for _ in range(n)]


def lines(n, m, low=1, high=C, reach=None):
    out = []
    while len(out) < m:
        a = rng.randrange(n)
        b = rng.randrange(n) if reach is None else min(n - 1, a + rng.randint(1, reach))
        if a != b:
            out.append([a, b, rng.randint(low, high)] if rng.random() < 0.5 else [b, a, rng.randint(low, high)])
    return out


write("sample", [5, 4, 6, 3], [[0, 1, 2], [1, 2, 1], [2, 3, 7], [0, 3, 2]])
write("sample", [1, 1, 9], [[0, 1, 5], [1, 2, 3]])
write("sample", [7], [])
write("secret", [1], [])
write("secret", [C], [])
write("secret", [3, 3], [[0, 1, 1]])
write("secret", [3, 3], [[0, 1, 5]])
write("secret", [3, 3], [[1, 0, 3]])
write("secret", [10, 10], [[0, 1, 9], [1, 0, 2], [0, 1, 4]])
# A connected group where some arrays beat the lines inside it.
write("secret", [2, 50, 50, 2, 50], [[0, 1, 10], [1, 2, 10], [2, 3, 10], [3, 4, 10], [0, 4, 60]])
write("secret", [1] * 20, lines(20, 60, 2, 100))
write("secret", [C] * 30, [[i, i + 1, 1] for i in range(29)])
# Ties everywhere: a ring where every line and every array costs the same.
write("secret", [4] * 8, [[i, (i + 1) % 8, 4] for i in range(8)])
write("secret", [6, 1, 6, 6], [[0, 2, 2], [0, 3, 2], [2, 3, 2], [1, 0, 5]])
# Separate groups: each needs at least one array.
write("secret", [9, 4, 7, 8, 6, 5], [[0, 1, 3], [1, 2, 3], [3, 4, 1], [4, 5, 1]])
write("secret", prices(12, 1, 30), lines(12, 15, 1, 30))
write("secret", prices(100, 1, 1000), lines(100, 300, 1, 1000))
write("secret", prices(1000), lines(1000, 3000))
# A hub village with a cheap array and lines to everyone of varying price.
hub = [[0, i, rng.randint(1, 200)] for i in range(1, 2000)]
write("secret", [1] + prices(1999, 1, 200), hub)
# Totals above 2^31: 3·10^4 villages whose arrays all cost 10^5.
write("secret", [C] * 30000, lines(30000, 2000))
write("secret", prices(10000, C - 10, C), lines(10000, 6000, C - 100, C))
write("secret", prices(5000, 1, 50), lines(5000, 20000, 1, 100, reach=30))
# Maximum number of lines, among 1000 villages.
write("secret", prices(1000, 1, 999), lines(1000, 5 * 10**4, 1, 999))
# Maximum number of villages (10^5): no lines; random lines; lines between neighbours.
N = 10**5
write("secret", prices(N, 1, 99), [])
write("secret", prices(N, 1, 99), lines(N, 15000, 1, 99))
write("secret", prices(N, 40, 99), lines(N, 15000, 1, 30, reach=3))
