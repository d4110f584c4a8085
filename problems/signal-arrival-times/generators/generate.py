# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import heapq
import random
import shutil
from pathlib import Path


def solve(n, s, links):
    out = [[] for _ in range(n + 1)]
    for u, v, w in links:
        out[u].append((v, w))
    time = [None] * (n + 1)
    time[s] = 0
    heap = [(0, s)]
    while heap:
        t, u = heapq.heappop(heap)
        if t > time[u]:
            continue
        for v, w in out[u]:
            if time[v] is None or t + w < time[v]:
                time[v] = t + w
                heapq.heappush(heap, (t + w, v))
    return [-1 if t is None else t for t in time[1:]]


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


def write(kind, n, s, links):
    lines = [f"{n} {len(links)} {s}"] + [f"{u} {v} {w}" for u, v, w in links]
    write_test(kind, "\n".join(lines) + "\n", " ".join(map(str, solve(n, s, links))) + "\n")


def random_links(n, m, high):
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, high)) for _ in range(m)]


clear_data()
rng = random.Random(3001)
BIG = 10**9

write("sample", 4, 1, [(1, 2, 7), (1, 3, 2), (3, 2, 3), (2, 4, 1), (3, 4, 9)])
write("sample", 3, 2, [(1, 2, 4), (2, 2, 5)])
write("secret", 1, 1, [])
write("secret", 1, 1, [(1, 1, BIG)])
write("secret", 2, 1, [])
write("secret", 2, 2, [(1, 2, 5)])
write("secret", 2, 1, [(1, 2, 5), (1, 2, 3), (1, 2, 9)])
write("secret", 3, 1, [(1, 2, 0), (2, 3, 0), (3, 1, 0)])
# Fewest links is not fastest.
write("secret", 5, 1, [(1, 5, 100), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1)])
# A node whose first tentative time is improved later (stale heap entries).
write("secret", 4, 1, [(1, 4, 50), (1, 2, 10), (2, 4, 30), (1, 3, 20), (3, 4, 5)])
# Overflow: a chain whose total passes 2^31 - 1 after three links.
write("secret", 6, 1, [(i, i + 1, BIG) for i in range(1, 6)])
write("secret", 3, 3, [(3, 2, BIG), (2, 1, BIG), (3, 1, 2 * 10**8)])
# Parallel links and loops only.
write("secret", 3, 1, [(1, 1, 0), (1, 2, 8), (2, 2, 1), (1, 2, 8), (2, 3, 0)])
# Every delay zero.
write("secret", 6, 4, [(4, 5, 0), (5, 6, 0), (6, 1, 0), (1, 2, 0)])
# Random small and medium graphs.
for n, m, high in [(5, 8, 10), (10, 20, 100), (50, 100, 1000), (100, 300, 5),
                   (1000, 3000, BIG), (2000, 1500, 100)]:
    write("secret", n, rng.randint(1, n), random_links(n, m, high))
# Maximum sizes.
N = 100000
# The longest chain, delays at their maximum: times reach about 10^14.
chain = [(i, i + 1, BIG) for i in range(1, N)]
write("secret", N, 1, chain + [(N, 1, BIG)])
# Random sparse graph, n = m = 10^5, short delays (to keep the file small).
write("secret", N, rng.randint(1, N), random_links(N, N, 1000))
# A star with many parallel and improving links, then a long cheap detour.
M = 20000
star = [(1, rng.randint(2, M), rng.randint(BIG // 2, BIG)) for _ in range(M // 2)]
detour = [(i, i + 1, rng.randint(0, 10)) for i in range(1, M // 2)]
links = star + detour
rng.shuffle(links)
write("secret", M, 1, links)
# Half the routers unreachable.
half = [(rng.randint(1, M // 2), rng.randint(1, M // 2), rng.randint(0, 1000)) for _ in range(M)]
write("secret", M, 7, half)
# A layered graph: many relaxations improve earlier times.
layers, width = 100, 200
layered = []
for layer in range(layers - 1):
    for _ in range(width):
        u = layer * width + rng.randint(1, width)
        v = (layer + 1) * width + rng.randint(1, width)
        layered.append((u, v, rng.randint(0, BIG)))
write("secret", layers * width, 1, layered)
# Many routers, few links: most answers are -1.
write("secret", N, N, [(N, 1, 3), (1, N // 2, 4), (N // 2, 2, BIG)])
