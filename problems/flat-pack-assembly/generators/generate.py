# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (Kahn's algorithm with a min-heap).
import heapq
import random


def solve(n, rules):
    after = [[] for _ in range(n)]
    waits = [0] * n
    for a, b in rules:
        after[a].append(b)
        waits[b] += 1
    ready = [s for s in range(n) if waits[s] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        s = heapq.heappop(ready)
        order.append(s)
        for b in after[s]:
            waits[b] -= 1
            if waits[b] == 0:
                heapq.heappush(ready, b)
    return order if len(order) == n else []


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


def write(kind, n, rules):
    write_json_test(kind, [n, rules], solve(n, rules))


def dag(n, m, duplicates=0):
    """m random rules consistent with a random order of the n steps, `duplicates` of them
    repeats of earlier ones, shuffled."""
    perm = list(range(n))
    rng.shuffle(perm)
    rules = []
    for _ in range(m - duplicates):
        i, j = sorted(rng.sample(range(n), 2))
        rules.append([perm[i], perm[j]])
    rules += [list(rng.choice(rules)) for _ in range(duplicates)]
    rng.shuffle(rules)
    return rules


def local_dag(n, m, span):
    """Rules between steps at most `span` apart in a random order: long dependency chains."""
    perm = list(range(n))
    rng.shuffle(perm)
    rules = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + span))
        rules.append([perm[i], perm[j]])
    return rules


def with_cycle(n, rules, length):
    """The rules plus a cycle through `length` random steps."""
    steps = rng.sample(range(n), length)
    cycle = [[steps[i], steps[(i + 1) % length]] for i in range(length)]
    out = rules + cycle
    rng.shuffle(out)
    return out


clear_data()
rng = random.Random(15601)
N, M = 10**4, 2 * 10**4

write("sample", 5, [[3, 0], [1, 4], [3, 2]])
write("sample", 3, [[0, 1], [1, 2], [2, 1]])
write("sample", 3, [])
# Small and edge cases.
write("secret", 1, [])
write("secret", 2, [[1, 0]])
write("secret", 2, [[0, 1], [1, 0]])
write("secret", 2, [[1, 0], [1, 0], [1, 0]])
write("secret", 4, [[3, 2], [2, 1], [1, 0]])
write("secret", 5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 2]])
write("secret", 5, [[0, 1], [2, 3], [3, 2]])
write("secret", 4, [[2, 0], [2, 0], [1, 0], [3, 1]])
write("secret", 6, [[5, 0], [4, 1], [5, 2], [1, 3], [0, 3]])
write("secret", 6, [[1, 0], [2, 0], [3, 0], [4, 0], [5, 0]])
write("secret", 6, [[0, 5], [0, 4], [0, 3], [0, 2], [0, 1]])
write("secret", 8, dag(8, 10))
write("secret", 20, dag(20, 40, 5))
write("secret", 30, with_cycle(30, dag(30, 40), 3))
write("secret", 100, local_dag(100, 150, 4))
write("secret", 1000, dag(1000, 2000, 100))
# Maximum sizes.
write("secret", N, [])
write("secret", N, [[i + 1, i] for i in range(N - 1)])  # one chain, in reverse
write("secret", N, dag(N, M))
write("secret", N, dag(N, M, 5000))
write("secret", N, local_dag(N, M, 3))
write("secret", N, [[i, (i + 1) % N] for i in range(N)])  # one cycle through every step
write("secret", N, with_cycle(N, local_dag(N, M - 5, 3), 5))
write("secret", N, [[N - 1, i] for i in range(N - 1)])  # one step before all others
write("secret", N, [[i, 0] for i in range(1, N)] * 2)  # every rule twice, all into step 0
write("secret", N, [sorted(rng.sample(range(N), 2), reverse=True) for _ in range(M)])  # higher steps first
