# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (one cheapest plan; the checker accepts any).
import random
import shutil
from pathlib import Path


def solve(n, cables):
    parent, size = list(range(n + 1)), [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for i in sorted(range(len(cables)), key=lambda i: cables[i][2]):
        u, v, c = cables[i]
        ru, rv = find(u), find(v)
        if ru != rv:
            if size[ru] < size[rv]:
                ru, rv = rv, ru
            parent[rv] = ru
            size[ru] += size[rv]
            total += c
            chosen.append(i + 1)
    if len(chosen) != n - 1:
        return "-1\n"
    return f"{total}\n{' '.join(map(str, chosen))}\n"


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


def write(kind, n, cables):
    lines = [f"{n} {len(cables)}"] + [f"{u} {v} {c}" for u, v, c in cables]
    write_test(kind, "\n".join(lines) + "\n", solve(n, cables))


def pair(n):
    u = rng.randint(1, n)
    v = rng.randint(1, n - 1)
    return u, v if v < u else v + 1


def connected(n, m, low, high):
    """A random spanning tree plus random extra cables, shuffled."""
    cables = [(rng.randint(1, i - 1), i, rng.randint(low, high)) for i in range(2, n + 1)]
    cables += [(*pair(n), rng.randint(low, high)) for _ in range(m - len(cables))]
    rng.shuffle(cables)
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    return [(labels[u - 1], labels[v - 1], c) for u, v, c in cables]


clear_data()
rng = random.Random(3101)
BIG = 10**9

write("sample", 4, [(1, 2, 3), (2, 3, 1), (3, 4, 4), (1, 3, 3), (2, 4, 5)])
write("sample", 3, [(1, 2, -5), (1, 2, 7)])
write("secret", 1, [])
write("secret", 2, [])
write("secret", 2, [(1, 2, 0)])
write("secret", 2, [(2, 1, 5), (1, 2, -3), (1, 2, 5)])
write("secret", 3, [(1, 2, 1), (2, 3, 1), (1, 3, 1)])
write("secret", 4, [(1, 2, 1), (1, 2, 1), (1, 2, 1), (3, 4, 1)])
# The cheapest cables form a cycle: taking the n - 1 cheapest fails.
write("secret", 4, [(1, 2, 1), (2, 3, 1), (1, 3, 1), (3, 4, 100)])
write("secret", 5, [(1, 2, -BIG), (2, 3, -BIG), (3, 4, -BIG), (4, 5, -BIG), (1, 5, -BIG)])
write("secret", 3, [(1, 2, BIG), (2, 3, BIG), (1, 3, BIG)])
write("secret", 4, [(1, 2, 5), (3, 4, 5)])
write("secret", 5, [(1, 2, 4), (2, 3, -2), (3, 1, 0), (4, 5, 1), (5, 3, 9), (4, 2, 9)])
# Random small and medium ones, connected and not.
for n, m, low, high in [(6, 10, -5, 5), (10, 30, 0, 3), (30, 60, -100, 100),
                        (100, 400, -BIG, BIG), (1000, 5000, 0, 10)]:
    write("secret", n, connected(n, m, low, high))
write("secret", 50, connected(25, 80, 1, 9) + [(26 + i % 24, 27 + i % 23, i) for i in range(30)])
write("secret", 1000, [(*pair(999), rng.randint(-50, 50)) for _ in range(3000)])
# Maximum sizes: 2*10^4 offices, 5*10^4 cables, totals near 2*10^13.
N, M = 20000, 50000
write("secret", N, connected(N, M, BIG - 1000, BIG))
write("secret", N, connected(N, M, -BIG, BIG))
write("secret", N, connected(N, M, 0, 3))
write("secret", N, [(i, i + 1, BIG) for i in range(1, N)] + [(1, N, -BIG)])
# One office unreachable among the largest.
write("secret", N, connected(N - 1, M - 1, -1000, 1000) + [(N - 1, N - 2, 7)])
