# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import deque


def solve(n, sightlines, start):
    sees = [[] for _ in range(n)]
    for a, b in sightlines:
        sees[a].append(b)
        sees[b].append(a)
    hours = [-1] * n
    hours[start] = 0
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in sees[u]:
            if hours[v] == -1:
                hours[v] = hours[u] + 1
                queue.append(v)
    return hours


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


def pair(n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    return [a, b if b < a else b + 1]


def relabel(n, pairs, start):
    """The same graph with the beacons renumbered and the pairs shuffled (ends swapped too);
    returns the new pairs and the new number of `start`."""
    labels = list(range(n))
    rng.shuffle(labels)
    out = [[labels[a], labels[b]] if rng.random() < 0.5 else [labels[b], labels[a]] for a, b in pairs]
    rng.shuffle(out)
    return out, labels[start]


def grid(rows, cols, keep=1.0):
    """A rows x cols grid of beacons, each seeing its right and lower neighbours (a share
    `keep` of those sightlines survives)."""
    pairs = []
    for r in range(rows):
        for c in range(cols):
            i = r * cols + c
            if c + 1 < cols and rng.random() < keep:
                pairs.append([i, i + 1])
            if r + 1 < rows and rng.random() < keep:
                pairs.append([i, i + cols])
    return pairs


def write_relabelled(kind, n, pairs, start):
    shuffled, new_start = relabel(n, pairs, start)
    write(kind, n, shuffled, new_start)


clear_data()
rng = random.Random(15202)
N, M = 20000, 40000

write("sample", 6, [[0, 1], [1, 2], [0, 3], [3, 2], [2, 4]], 0)
write("sample", 4, [[3, 2], [2, 1], [1, 0], [0, 3]], 2)
write("sample", 3, [], 1)
# Edge cases.
write("secret", 1, [], 0)
write("secret", 2, [], 1)
write("secret", 2, [[1, 0]], 0)
write("secret", 2, [[0, 1], [1, 0], [0, 1]], 1)
write("secret", 5, [[0, 1], [1, 2], [3, 4]], 3)
# A depth-first search that follows the first sightline listed takes the long way round.
write("secret", 5, [[0, 1], [1, 2], [2, 3], [3, 4], [0, 4]], 0)
write("secret", 7, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 0], [0, 3]], 0)
# Only reachable if sightlines work both ways.
write("secret", 5, [[1, 0], [2, 1], [3, 2], [4, 3]], 0)
write("secret", 6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0]], 3)
# Complete graph: everyone sees the start.
write("secret", 30, [[a, b] for a in range(30) for b in range(a + 1, 30)], 17)
write("secret", 10, [pair(10) for _ in range(8)], 4)
write("secret", 100, [pair(100) for _ in range(120)], 0)
write("secret", 1000, [pair(1000) for _ in range(900)], 999)
write("secret", 1000, [pair(1000) for _ in range(3000)], 123)
write_relabelled("secret", 400, grid(20, 20, keep=0.7), 0)
# Maximum sizes.
write("secret", N, [], 0)
write("secret", N, [pair(N) for _ in range(M)], 0)
write("secret", N, [[i, i + 1] for i in range(N - 1)], 0)
write("secret", N, [[i + 1, i] for i in range(N - 1)], N // 2)
write_relabelled("secret", N, [[i, i + 1] for i in range(N - 1)], 0)
write_relabelled("secret", N, [[0, i] for i in range(1, N)] + [pair(N) for _ in range(M - N + 1)], 0)
write_relabelled("secret", N, [[i, i + 1] for i in range(N - 1)] + [[i, i + 2] for i in range(0, N - 2, 2)], 0)
write_relabelled("secret", N, grid(100, 200), 0)
write_relabelled("secret", N, grid(100, 200), 100 * 50 + 100)
write("secret", N, [pair(N) for _ in range(N // 2)], rng.randrange(N))
write("secret", N, [[N - 1, N - 2]] * M, N - 1)
# A long ring, listed so that the first sightline from the start goes the long way round.
write("secret", N, [[i, (i + 1) % N] for i in range(N)], 0)
