# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(n, prerequisites):
    out, indegree = [[] for _ in range(n)], [0] * n
    for a, b in prerequisites:
        out[a].append(b)
        indegree[b] += 1
    level = [v for v in range(n) if indegree[v] == 0]
    terms = done = 0
    while level:
        terms += 1
        done += len(level)
        nxt = []
        for v in level:
            for w in out[v]:
                indegree[w] -= 1
                if indegree[w] == 0:
                    nxt.append(w)
        level = nxt
    return terms if done == n else -1


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


def write(kind, n, prerequisites):
    write_json_test(kind, [n, prerequisites], solve(n, prerequisites))


clear_data()
rng = random.Random(7801)


def dag(n, m, spread=None):
    """m distinct random edges going forward in a random order of the courses."""
    order = list(range(n))
    rng.shuffle(order)
    edges = set()
    while len(edges) < m:
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, n - 1 if spread is None else min(n - 1, i + spread))
        edges.add((order[i], order[j]))
    edges = [list(e) for e in sorted(edges)]
    rng.shuffle(edges)
    return edges


def chain(n):
    order = list(range(n))
    rng.shuffle(order)
    return [[order[i], order[i + 1]] for i in range(n - 1)]



write("sample", 5, [[0, 2], [1, 2], [2, 3], [1, 4]])
write("sample", 3, [[0, 1], [1, 2], [2, 1]])
write("secret", 1, [])
write("secret", 4, [])
write("secret", 2, [[1, 0]])
write("secret", 2, [[0, 1], [1, 0]])
write("secret", 4, [[0, 1], [0, 2], [0, 3]])
write("secret", 4, [[1, 0], [2, 0], [3, 0]])
write("secret", 6, [[0, 1], [1, 2], [0, 3], [3, 4], [4, 5], [2, 5]])
write("secret", 5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 2]])
write("secret", 7, [[0, 1], [2, 3], [3, 4], [5, 6], [6, 5]])
write("secret", 8, [[i, j] for i in range(8) for j in range(i + 1, 8)])
write("secret", 30, dag(30, 40))
write("secret", 200, dag(200, 600, 10))
write("secret", 1000, dag(1000, 3000))
c = chain(2000)
write("secret", 2000, c + [[c[-1][1], c[0][0]]])
# Maximum sizes: one long chain (5·10^4 terms), a chain closed into a cycle at its end, wide
# layered graphs, random DAGs, and no prerequisites at all.
N = 50000
write("secret", N, chain(N))
c = chain(N)
write("secret", N, c + [[c[-1][1], c[-2][0]]])
write("secret", N, dag(N, N, 3))
write("secret", N, dag(N, N))
write("secret", N, [[i, i + 1] for i in range(0, N - 1, 2)] + [[i, i + 2] for i in range(0, N - 2, 2)][:N // 2])
write("secret", N, [])
write("secret", N, [[0, v] for v in range(1, N)])
c = dag(N, N - 2, 50)
write("secret", N, c + [[c[0][1], c[0][0]]])
write("secret", N, [[v, v - 1] for v in range(N - 1, 0, -1)])
