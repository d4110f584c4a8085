# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(numCourses, prerequisites):
    dependents = [[] for _ in range(numCourses)]
    waiting = [0] * numCourses
    for a, b in prerequisites:
        dependents[b].append(a)
        waiting[a] += 1
    ready = [c for c in range(numCourses) if waiting[c] == 0]
    done = 0
    while ready:
        course = ready.pop()
        done += 1
        for nxt in dependents[course]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return done == numCourses


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


clear_data()

rng = random.Random(1509)


def dag(n, m):
    """m distinct random edges that respect a random order of the n courses: no cycle."""
    order = list(range(n))
    rng.shuffle(order)
    edges = set()
    while len(edges) < m:
        i, j = sorted(rng.sample(range(n), 2))
        edges.add((order[j], order[i]))  # order[i] comes first: a prerequisite of order[j]
    return [list(e) for e in edges]


def with_cycle(n, m, length):
    """A random DAG plus one cycle through `length` courses."""
    edges = {tuple(e) for e in dag(n, m - length)}
    ring = rng.sample(range(n), length)
    for k in range(length):
        edges.add((ring[(k + 1) % length], ring[k]))
    edges = [list(e) for e in edges]
    rng.shuffle(edges)
    return edges


def chain(n):
    return [[i + 1, i] for i in range(n - 1)]


write("sample", 3, [[1, 0], [2, 1]])
write("sample", 3, [[1, 0], [2, 1], [0, 2]])
write("sample", 4, [])
write("secret", 1, [])
write("secret", 2, [[1, 0]])
write("secret", 2, [[1, 0], [0, 1]])
write("secret", 4, [[1, 0], [2, 0], [3, 1], [3, 2]])
write("secret", 4, [[1, 0], [2, 1], [3, 2], [1, 3]])
write("secret", 5, [[1, 0], [0, 1], [3, 2]])
write("secret", 6, [[1, 0], [2, 1], [0, 2], [4, 3], [5, 4]])
write("secret", 3, [[0, 1], [0, 2], [1, 2]])
write("secret", 2000, [])
write("secret", 10, dag(10, 20))
write("secret", 10, with_cycle(10, 20, 3))
write("secret", 100, dag(100, 300))
write("secret", 100, with_cycle(100, 300, 7))
# Maximum sizes: long chains (deep for a recursive DFS), a chain closed into one big cycle,
# dense random DAGs, and DAGs with one cycle hidden in them.
write("secret", 2000, chain(2000))
write("secret", 2000, chain(2000) + [[0, 1999]])
write("secret", 2000, list(reversed(chain(2000))))
write("secret", 2000, dag(2000, 5000))
write("secret", 2000, with_cycle(2000, 5000, 2))
write("secret", 2000, with_cycle(2000, 5000, 1000))
write("secret", 2000, with_cycle(2000, 5000, 2000))
write("secret", 100, dag(100, 4950))
# A chain plus shortcuts that all point forward along it: still no cycle.
write("secret", 2000, chain(2000) + [[j, i] for i, j in {tuple(sorted(rng.sample(range(2000), 2))) for _ in range(3000)} if j != i + 1][:3001])
# The same chain with one shortcut pointing back: a cycle of length 1500.
write("secret", 2000, chain(2000) + [[100, 1600]])
# Everything depends on course 0, which itself waits for the last one.
write("secret", 2000, [[i, 0] for i in range(1, 2000)] + [[0, 1999]])
write("secret", 2000, [[i, 0] for i in range(1, 2000)])
