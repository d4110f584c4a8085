# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below (hikers sorted by skill, trails added to a union-find).
import random


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


def solve(n, trails, hikers):
    parent, size = list(range(n)), [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    trails = sorted(trails, key=lambda t: t[2])
    answer, t = [0] * len(hikers), 0
    for j in sorted(range(len(hikers)), key=lambda j: hikers[j][1]):
        hut, skill = hikers[j]
        while t < len(trails) and trails[t][2] < skill:
            a, b = find(trails[t][0]), find(trails[t][1])
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
            t += 1
        answer[j] = size[find(hut)]
    return answer


def write(kind, n, trails, hikers):
    trails, hikers = [list(t) for t in trails], [list(k) for k in hikers]
    write_json_test(kind, [n, trails, hikers], solve(n, trails, hikers))


def pair(n):
    u = rng.randrange(n)
    v = rng.randrange(n - 1)
    return u, v if v < u else v + 1


def tree_plus(n, m, low, high):
    """A random spanning tree plus random extra trails, relabelled and shuffled."""
    trails = [(rng.randrange(i), i, rng.randint(low, high)) for i in range(1, n)]
    trails += [(*pair(n), rng.randint(low, high)) for _ in range(m - len(trails))]
    labels = list(range(n))
    rng.shuffle(labels)
    trails = [(labels[u], labels[v], g) for u, v, g in trails]
    rng.shuffle(trails)
    return trails


def random_trails(n, m, low, high):
    return [(*pair(n), rng.randint(low, high)) for _ in range(m)]


def hikers_for(n, q, low, high):
    return [(rng.randrange(n), rng.randint(low, high)) for _ in range(q)]


clear_data()
rng = random.Random(16801)
BIG = 10**9

write("sample", 5, [(0, 1, 3), (1, 2, 5), (2, 3, 2), (3, 4, 8)], [(0, 4), (2, 6), (4, 8), (4, 9)])
write("sample", 3, [(0, 1, 1), (0, 1, 1)], [(2, 100), (1, 1), (1, 2)])
write("secret", 1, [], [(0, 1)])
write("secret", 1, [], [(0, BIG), (0, 1), (0, BIG)])
write("secret", 2, [(0, 1, 1)], [(0, 1), (1, 2), (0, BIG)])
write("secret", 2, [(0, 1, BIG)], [(1, BIG), (0, BIG - 1), (0, BIG)])
# Ties everywhere: every skill equals some grade.
write("secret", 6, [(0, 1, 2), (1, 2, 2), (2, 3, 3), (3, 4, 3), (4, 5, 4), (5, 0, 5)],
      [(0, 2), (0, 3), (5, 3), (3, 4), (3, 5), (0, 6), (2, 4), (4, 2)])
# Hikers listed from most to least skilled, with repeats.
write("secret", 5, [(0, 1, 5), (1, 2, 4), (2, 3, 3), (3, 4, 2)],
      [(0, 6), (0, 5), (0, 5), (4, 4), (4, 3), (4, 3), (2, 1)])
# Parallel trails of different grades: the easiest one counts.
write("secret", 3, [(0, 1, 9), (1, 0, 4), (0, 1, 7), (2, 1, 6), (1, 2, 6)],
      [(0, 4), (0, 5), (2, 6), (2, 7), (2, 5)])
# Disconnected: some huts never reachable from others.
write("secret", 7, [(0, 1, 1), (1, 2, 1), (3, 4, 2), (5, 6, 3)],
      [(0, BIG), (3, BIG), (6, 4), (6, 3), (2, 2)])
# Skill 1 can use nothing; a star whose centre is reached from every leaf.
write("secret", 4, [(0, 1, 1), (0, 2, 1), (0, 3, 1)], [(1, 1), (2, 1), (3, 2), (0, 2), (0, 1)])
write("secret", 4, [(1, 0, 3), (2, 0, 2), (3, 0, 1)], [(1, 2), (1, 3), (1, 4), (3, 2), (2, 3)])
write("secret", 2, [(0, 1, 7), (1, 0, 7)], [(0, 7), (1, 7), (0, 8), (1, 8)])
# Small random ones (checked against a breadth-first search per hiker).
for n, m, q, high in [(6, 8, 10, 3), (8, 10, 12, 5), (10, 6, 15, 4), (12, 30, 20, 8)]:
    write("secret", n, random_trails(n, m, 1, high), hikers_for(n, q, 1, high + 1))
for n, m, q, high in [(100, 200, 300, 50), (1000, 1500, 2000, 1000), (3000, 2000, 3000, BIG)]:
    write("secret", n, random_trails(n, m, 1, high), hikers_for(n, q, 1, high + 1))
# Maximum sizes: 2*10^4 huts, trails and hikers.
N = 2 * 10**4
write("secret", N, tree_plus(N, N, 1, BIG), hikers_for(N, N, 1, BIG))
write("secret", N, tree_plus(N, N, 1, 50), hikers_for(N, N, 1, 51))
write("secret", N, random_trails(N, N, 1, 20), hikers_for(N, N // 2, 1, 21))
# A long path whose grades climb: the answers step up one hut at a time.
write("secret", N, [(i, i + 1, i + 1) for i in range(N - 1)],
      [(rng.randrange(N), rng.randint(1, N + 1)) for _ in range(N // 4)])
# Everything at the top grade: only the top skill is stopped, every lower one too.
write("secret", N, tree_plus(N, N - 1, BIG, BIG), [(i * 7 % N, BIG - (i % 2)) for i in range(2000)])
