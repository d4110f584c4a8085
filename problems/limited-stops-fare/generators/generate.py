# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(n, flights, src, dst, k):
    inf = float("inf")
    best = [inf] * n
    best[src] = 0
    for _ in range(k + 1):
        nxt = best[:]
        for u, v, p in flights:
            if best[u] + p < nxt[v]:
                nxt[v] = best[u] + p
        best = nxt
    return -1 if best[dst] == inf else best[dst]


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


def random_flights(n, m, low=1, high=10**4):
    pairs = set()
    while len(pairs) < min(m, n * (n - 1)):
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            pairs.add((u, v))
    out = [[u, v, rng.randint(low, high)] for u, v in sorted(pairs)]
    rng.shuffle(out)
    return out


def cheap_long_way(n):
    """A cheap chain 0 -> 1 -> ... -> n-1 and dear direct flights that skip ahead."""
    flights = [[i, i + 1, 1] for i in range(n - 1)]
    flights += [[i, j, 100 * (j - i)] for i in range(0, n, 7) for j in range(i + 2, n, 11)]
    return flights


clear_data()
rng = random.Random(5801)
EX = [[0, 1, 50], [1, 2, 50], [2, 3, 50], [0, 3, 400], [1, 3, 200]]

write("sample", 4, EX, 0, 3, 1)
write("sample", 4, EX, 0, 3, 2)
write("sample", 3, [[0, 1, 5]], 0, 2, 1)
write("secret", 2, [], 0, 1, 0)
write("secret", 2, [[0, 1, 7]], 0, 1, 0)
write("secret", 2, [[1, 0, 7]], 0, 1, 1)
write("secret", 4, EX, 0, 3, 0)
write("secret", 4, EX, 0, 3, 3)
write("secret", 4, EX, 3, 0, 3)
write("secret", 3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 0)
write("secret", 3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 1)
# In-place relaxation would chain 0 -> 1 -> 2 -> 3 within one round here.
write("secret", 4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 1)
# Cheapest to the middle city uses too many stops; a dearer route with fewer stops wins.
write("secret", 5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 10], [3, 4, 1]], 0, 4, 1)
# Dijkstra over cities settles city 2 with two flights and never extends it.
write("secret", 4, [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1]], 0, 3, 1)
write("secret", 6, [[0, 1, 10**4], [1, 2, 10**4], [2, 3, 10**4], [3, 4, 10**4], [4, 5, 10**4]], 0, 5, 4)
write("secret", 10, random_flights(10, 20), 0, 9, 3)
write("secret", 30, random_flights(30, 100), 5, 17, 2)
# Maximum sizes: 100 cities.
write("secret", 100, random_flights(100, 9900), 0, 99, 99)
write("secret", 100, random_flights(100, 9900), 3, 77, 0)
write("secret", 100, random_flights(100, 9900, 1, 10), 42, 7, 1)
write("secret", 100, random_flights(100, 500), 0, 99, 5)
write("secret", 100, cheap_long_way(100), 0, 99, 98)
write("secret", 100, cheap_long_way(100), 0, 99, 10)
write("secret", 100, cheap_long_way(100), 0, 99, 0)
write("secret", 100, [[i, i + 1, 10**4] for i in range(99)], 0, 99, 98)
write("secret", 100, [[i, i + 1, 10**4] for i in range(99)], 0, 99, 97)
