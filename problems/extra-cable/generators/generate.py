# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(cables):
    parent = list(range(len(cables) + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    raise AssertionError("no cycle")


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


def write(kind, cables):
    write_json_test(kind, [cables], solve(cables))


clear_data()
rng = random.Random(6601)


def network(n, shape="random", shuffle=True):
    """A tree on 1..n of the given shape, one extra cable, in a shuffled laying order."""
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    edges = []
    for i in range(1, n):
        if shape == "path":
            p = i - 1
        elif shape == "star":
            p = 0
        elif shape == "deep":
            p = max(0, i - rng.randint(1, 3))
        else:
            p = rng.randrange(i)
        edges.append((labels[p], labels[i]))
    have = {frozenset(e) for e in edges}
    while True:
        a, b = rng.sample(labels, 2)
        if frozenset((a, b)) not in have:
            break
    edges.append((a, b))
    if shuffle:
        rng.shuffle(edges)
    return [[a, b] if rng.random() < 0.5 else [b, a] for a, b in edges]


write("sample", [[1, 2], [2, 3], [3, 1], [3, 4]])
write("sample", [[2, 3], [1, 4], [4, 3], [1, 2], [2, 5]])
write("secret", [[1, 2], [2, 3], [1, 3]])
write("secret", [[3, 1], [1, 2], [2, 3]])
write("secret", [[1, 2], [3, 4], [2, 3], [4, 1]])
# Seen-but-not-connected ends: a "seen set" answers [2,3] here.
write("secret", [[1, 2], [3, 4], [2, 3], [4, 5], [5, 1]])
write("secret", [[4, 5], [1, 2], [5, 1], [2, 3], [3, 4], [5, 6]])
# The extra cable laid first, and last.
write("secret", [[1, 5], [1, 2], [2, 3], [3, 4], [4, 5]])
write("secret", [[1, 2], [2, 3], [3, 4], [4, 5], [5, 1]])
write("secret", [[1, 2], [1, 3], [1, 4], [1, 5], [4, 5], [2, 6]])
write("secret", network(10))
write("secret", network(10, "path"))
write("secret", network(50, "star"))
write("secret", network(200))
write("secret", network(1000, "deep"))
write("secret", network(5000))
for _ in range(4):
    write("secret", network(rng.randint(3, 30)))
# Maximum sizes (a long path closed into one huge cycle, a deep tree), then large paths,
# stars and random trees.
n = 100000
write("secret", [[i, i + 1] for i in range(1, n)] + [[n, 1]])
write("secret", network(n, "deep"))
write("secret", network(30000, "path"))
write("secret", network(30000, "star"))
write("secret", network(30000))
write("secret", [[i + 1, i] for i in range(1, 30000)] + [[1, 30000]])
write("secret", network(30000, "path", shuffle=False))
