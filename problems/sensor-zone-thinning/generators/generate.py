# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded; each answer comes from the greedy below, checked
# against an exhaustive search on the small tests.
import bisect
import itertools
import random


def solve(positions, zones, k):
    """Zones by right end; an overfull zone loses its rightmost remaining sensors."""
    ps = sorted(positions)
    n = len(ps)
    kept = [1] * n
    tree = [0] * (n + 1)
    for i in range(1, n + 1):
        tree[i] += 1
        j = i + (i & -i)
        if j <= n:
            tree[j] += tree[i]
    prev = list(range(n + 1))  # prev[i+1]: nearest kept index <= i, plus one (0: none)

    def find(x):
        while prev[x] != x:
            prev[x] = prev[prev[x]]
            x = prev[x]
        return x

    def prefix(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    def remove(i):
        kept[i] = 0
        prev[i + 1] = i
        i += 1
        while i <= n:
            tree[i] -= 1
            i += i & -i

    removed = 0
    for l, r in sorted(zones, key=lambda z: z[1]):
        lo, hi = bisect.bisect_left(ps, l), bisect.bisect_right(ps, r)
        extra = prefix(hi) - prefix(lo) - k
        while extra > 0:
            i = find(hi) - 1
            remove(i)
            removed += 1
            extra -= 1
    return removed


def brute(positions, zones, k):
    n = len(positions)
    for c in range(n + 1):
        for gone in itertools.combinations(range(n), c):
            left = [p for i, p in enumerate(positions) if i not in gone]
            if all(sum(l <= p <= r for p in left) <= k for l, r in zones):
                return c
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


def write(kind, positions, zones, k):
    write_json_test(kind, [positions, zones, k], solve(positions, zones, k))


def small_case(n, m, span):
    positions = [rng.randint(0, span) for _ in range(n)]
    zones = []
    for _ in range(m):
        a, b = rng.randint(0, span), rng.randint(0, span)
        zones.append([min(a, b), max(a, b)])
    return positions, zones, rng.randint(0, n)


clear_data()
rng = random.Random(17901)
B = 10**9

# Exhaustive check of the greedy on small random cases.
for _ in range(400):
    case = small_case(rng.randint(1, 8), rng.randint(1, 6), rng.choice((5, 12, 30)))
    assert solve(*case) == brute(*case), case

write("sample", [2, 4, 5, 8, 9], [[1, 5], [4, 9]], 2)
write("sample", [3, 3, 3, 7], [[3, 3], [0, 10], [7, 7]], 1)
write("sample", [1, 6, 11], [[2, 5], [7, 10]], 0)
# Edge cases: one sensor, k = 0, k = n, shared positions, nested and touching zones.
write("secret", [5], [[5, 5]], 0)
write("secret", [5], [[5, 5]], 1)
write("secret", [0], [[1, B]], 0)
write("secret", [B, B, B], [[B, B]], 1)
write("secret", [0, B], [[0, B]], 0)
write("secret", [1, 2, 3, 4, 5, 6], [[1, 6], [2, 5], [3, 4]], 6)
write("secret", [1, 2, 3, 4, 5, 6], [[1, 6], [2, 5], [3, 4]], 1)
write("secret", [1, 2, 3, 4, 5, 6, 7], [[1, 3], [3, 5], [5, 7]], 1)
write("secret", [1, 2, 3, 4, 5, 6, 7, 8], [[1, 5], [4, 8]], 2)
write("secret", [10, 1, 7, 3, 3, 9], [[0, 4], [3, 9], [9, 10], [0, 10]], 2)
# A zone that ends early but starts late, and a long one that starts first.
write("secret", [1, 2, 3, 8, 9], [[0, 10], [2, 3]], 1)
write("secret", [1, 2, 3, 8, 9], [[0, 3], [2, 9]], 1)
for n, m, span in ((8, 5, 10), (10, 10, 20), (15, 8, 40), (30, 30, 60), (60, 40, 200)):
    write("secret", *small_case(n, m, span))
# Maximum sizes.
N = 2 * 10**4


def big(n, m, span, width, k):
    positions = [rng.randint(0, span) for _ in range(n)]
    zones = []
    for _ in range(m):
        a = rng.randint(0, span)
        zones.append([a, min(span, a + rng.randint(0, width))])
    return positions, zones, k


write("secret", *big(N, N, B, 10**7, 50))
write("secret", *big(N // 2, N // 2, B, B, 3000))
write("secret", *big(N, N // 4, 10**5, 200, 5))
write("secret", *big(N // 4, N, 10**4, 30, 0))
write("secret", list(range(N)), [[i, i + 99] for i in range(0, N, 4)], 10)
write("secret", [7] * N, [[0, B]] * 10, N)
write("secret", [7] * N, [[7, 7]] * 10, 1)
write("secret", list(range(0, 2 * N, 2)), [[0, 2 * N - i] for i in range(0, N, 8)], N // 3)
