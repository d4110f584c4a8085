# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (Kahn's algorithm with finish times).
import random
from collections import deque


def solve(minutes, rules):
    n = len(minutes)
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    start = [0] * n
    ready = deque(v for v in range(n) if waiting[v] == 0)
    done, last = 0, 0
    while ready:
        v = ready.popleft()
        done += 1
        finish = start[v] + minutes[v]
        last = max(last, finish)
        for w in after[v]:
            start[w] = max(start[w], finish)
            waiting[w] -= 1
            if waiting[w] == 0:
                ready.append(w)
    return last if done == n else -1


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


def write(kind, minutes, rules):
    write_json_test(kind, [minutes, rules], solve(minutes, rules))


clear_data()
rng = random.Random(19901)
M = 10**4


def times(n, low=1, high=M):
    return [rng.randint(low, high) for _ in range(n)]


def relabel(n, rules):
    """The same rules on shuffled task numbers, in shuffled order."""
    perm = list(range(n))
    rng.shuffle(perm)
    out = [[perm[a], perm[b]] for a, b in rules]
    rng.shuffle(out)
    return out


def random_dag(n, m, reach=None):
    """m rules a -> b with a < b (before relabelling); b at most `reach` after a if given."""
    rules = []
    while len(rules) < m:
        a = rng.randrange(n - 1)
        b = rng.randint(a + 1, n - 1 if reach is None else min(n - 1, a + reach))
        rules.append([a, b])
    return rules


def ladder(layers):
    """Two tasks per layer, each before both tasks of the next layer: 2^layers chains."""
    return [[2 * i + x, 2 * i + 2 + y] for i in range(layers - 1) for x in (0, 1) for y in (0, 1)]


write("sample", [2, 6, 4, 3, 1], [[0, 2], [2, 4], [1, 4], [0, 3]])
write("sample", [5, 5, 5], [[0, 1], [1, 2], [2, 1]])
write("sample", [4, 9], [[1, 0], [1, 0]])
write("secret", [1], [])
write("secret", [M], [])
write("secret", [3, 8, 2], [])
write("secret", [7, 7], [[0, 1], [1, 0]])
write("secret", [1, 6, 4, 2], [[0, 2]])
# One task before all others, and all others before one last task.
write("secret", [5] + times(50, 1, 100), [[0, i] for i in range(1, 51)])
write("secret", times(50, 1, 100) + [5], [[i, 50] for i in range(50)])
# A quick and a slow branch joining: rounds of "wait for everything started" overestimate.
write("secret", [1, 100, 1, 1, 1, 1, 1], [[0, 2], [2, 3], [3, 4], [4, 5], [1, 6], [5, 6]])
write("secret", times(12, 1, 20), relabel(12, random_dag(12, 20)))
write("secret", times(100), relabel(100, random_dag(100, 300)))
# A cycle somewhere inside an otherwise fine plan, and a cycle through every task.
rules = random_dag(200, 500) + [[150, 40]] + [[40, 150]]
write("secret", times(200), relabel(200, rules))
write("secret", times(1000), relabel(1000, [[i, (i + 1) % 1000] for i in range(1000)]))
rules = random_dag(300, 900, reach=5)
rules.append([rules[-1][1], rules[-1][0]])
write("secret", times(300), relabel(300, rules))
# Many copies of the same rules, and independent groups.
write("secret", times(40, 1, 9), relabel(40, random_dag(40, 20) * 30))
write("secret", times(3000), relabel(3000, random_dag(1000, 1500) +
                                       [[a + 1000, b + 1000] for a, b in random_dag(2000, 3000, 3)]))
# Ladders: 2^layers different chains (memo-less recursion explodes).
write("secret", times(80, 1, 50), ladder(40))
write("secret", times(2000), relabel(2000, ladder(1000)))
write("secret", [M] * 10000, relabel(10000, [[i, i + 1] for i in range(9999)] + random_dag(10000, 5000)))
write("secret", times(10000), relabel(10000, random_dag(10000, 15000, reach=40)))
write("secret", times(10000, 1, 9), relabel(10000, random_dag(10000, 15000)))
rules = random_dag(10000, 12000, reach=100)
rules.append([9999, 0])
rules += [[i, i + 1] for i in range(0, 9999, 7)]
write("secret", times(10000), relabel(10000, rules))
# Maximum sizes: 10^5 tasks, no rules at all; a single chain through all 10^5 tasks (10^5 - 1
# rules) plus one more rule along it.
write("secret", times(10**5, 1, 99), [])
rules = [[i, i + 1] for i in range(10**5 - 1)] + [[10, 99990]]
write("secret", times(10**5, 1, 9), relabel(10**5, rules))
