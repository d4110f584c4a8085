# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(graph):
    n = len(graph)
    full = (1 << n) - 1
    seen = [[False] * (1 << n) for _ in range(n)]
    level = [(v, 1 << v) for v in range(n)]
    for v, m in level:
        seen[v][m] = True
    steps = 0
    while True:
        for v, m in level:
            if m == full:
                return steps
        nxt = []
        for v, m in level:
            for w in graph[v]:
                nm = m | (1 << w)
                if not seen[w][nm]:
                    seen[w][nm] = True
                    nxt.append((w, nm))
        level = nxt
        steps += 1


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


def write(kind, graph):
    write_json_test(kind, [graph], solve(graph))


clear_data()
rng = random.Random(8301)


def as_lists(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    for row in graph:
        rng.shuffle(row)
    return graph


def connected(n, extra, shape="random"):
    """A random spanning tree of the given shape plus `extra` more corridors, rooms relabelled."""
    label = list(range(n))
    rng.shuffle(label)
    edges = set()
    for i in range(1, n):
        p = {"path": i - 1, "star": 0, "random": rng.randrange(i)}[shape]
        edges.add(frozenset((label[p], label[i])))
    pairs = [frozenset((a, b)) for a in range(n) for b in range(a + 1, n)]
    rng.shuffle(pairs)
    for e in pairs:
        if extra <= 0:
            break
        if e not in edges:
            edges.add(e)
            extra -= 1
    return as_lists(n, sorted(tuple(sorted(e)) for e in edges))


write("sample", [[1, 2, 3], [0], [0], [0]])
write("sample", [[1], [0, 2, 4], [1, 3, 4], [2], [1, 2]])
write("secret", [[]])
write("secret", [[1], [0]])
write("secret", [[1, 2], [0, 2], [0, 1]])
write("secret", as_lists(12, [(i, i + 1) for i in range(11)]))
write("secret", as_lists(12, [(0, i) for i in range(1, 12)]))
write("secret", as_lists(12, [(a, b) for a in range(12) for b in range(a + 1, 12)]))
write("secret", as_lists(12, [(i, (i + 1) % 12) for i in range(12)]))
# A spider with three legs of three rooms: the best tour walks one leg twice (out and
# back) and the other two once each: 3 + 3 + 3 + 3 = 12 corridors.
write("secret", as_lists(10, [(0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (5, 6), (0, 7), (7, 8), (8, 9)]))
write("secret", as_lists(7, [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)]))
write("secret", connected(6, 2))
write("secret", connected(8, 0))
write("secret", connected(9, 3, "path"))
write("secret", connected(10, 1, "star"))
write("secret", connected(11, 4))
# Maximum sizes: twelve rooms, trees and sparse to dense graphs.
for extra, shape in [(0, "random"), (0, "random"), (1, "random"), (2, "path"), (3, "star"),
                     (5, "random"), (10, "random"), (20, "random"), (40, "random"),
                     (0, "star"), (2, "random")]:
    write("secret", connected(12, extra, shape))
