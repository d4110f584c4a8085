# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference sweep below.
import heapq
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

D, C, N = 10**9, 10**9, 50000


def solve(passes, days):
    order = sorted(range(len(days)), key=days.__getitem__)
    passes = sorted(passes)
    answer, heap, i = [-1] * len(days), [], 0
    for j in order:
        x = days[j]
        while i < len(passes) and passes[i][0] <= x:
            heapq.heappush(heap, (passes[i][2], passes[i][1]))
            i += 1
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        if heap:
            answer[j] = heap[0][0]
    return answer


def write(kind, passes, days):
    lines = [f"{len(passes)} {len(days)}"]
    lines += [f"{l} {r} {c}" for l, r, c in passes]
    lines.append(" ".join(map(str, days)))
    write_test(kind, "\n".join(lines) + "\n", "\n".join(map(str, solve(passes, days))) + "\n")


def random_passes(n, low, high, max_len, cost_high=C):
    out = []
    for _ in range(n):
        l = rng.randint(low, high)
        r = min(high, l + rng.randint(0, max_len))
        out.append((l, r, rng.randint(1, cost_high)))
    return out


def random_days(q, low, high):
    return [rng.randint(low, high) for _ in range(q)]


clear_data()
rng = random.Random(15701)

write("sample", [(1, 5, 30), (3, 9, 12), (6, 6, 5), (10, 12, 40)], [4, 6, 2, 11, 13, 9])
write("sample", [(-3, 3, 7), (-3, 3, 7), (0, 0, 9)], [0, -4, 3])

# Edge cases: one pass, ends of a pass, points outside, duplicates, negatives, the bounds.
write("secret", [(5, 5, 1)], [5])
write("secret", [(5, 5, 1)], [4])
write("secret", [(5, 5, 1)], [6])
write("secret", [(1, 10, 3)], [1, 10, 0, 11])
write("secret", [(-D, D, C)], [-D, D, 0])
write("secret", [(-D, -D, 1), (D, D, 2)], [D, -D, 0, D - 1, -D + 1])
write("secret", [(2, 8, 4)] * 5, [2, 5, 8, 9])
write("secret", [(0, 10, 5), (2, 8, 5), (4, 6, 5)], [0, 3, 5, 7, 10, 11])
write("secret", [(0, 100, 50), (10, 20, 10), (15, 16, 1)], [15, 16, 17, 20, 21, 9, 100, 101])
write("secret", [(1, 4, 9), (5, 8, 8)], [4, 5, 4, 5, 8, 1])
write("secret", [(-20, -10, 3), (-15, 5, 6), (0, 0, 2)], [-21, -20, -10, -9, 0, 5, 6])
write("secret", [(i, i + 1, 100 - i) for i in range(50)], list(range(55, -5, -1)))
write("secret", [(1, 3, 2), (2, 5, 1)], [7, 7, 7, 3, 3, 3])
write("secret", [(-D, -D + 1, C), (-D + 1, D, C - 1)], [-D, -D + 1, D, -D, D - 1])
write("secret", [(0, 0, 1)], [0] * 40 + [1, -1])
write("secret", [(3, 7, 6), (3, 7, 4), (3, 7, 9), (8, 8, 4), (0, 2, 4)], list(range(-1, 10)))

# Random small and medium cases.
write("secret", random_passes(10, -20, 20, 10, 10), random_days(20, -25, 25))
write("secret", random_passes(100, -1000, 1000, 300), random_days(100, -1100, 1100))
write("secret", random_passes(1000, -D, D, D // 100), random_days(1000, -D, D))
write("secret", random_passes(3000, 0, 5000, 50, 5), random_days(3000, 0, 5000))

# Maximum sizes (n = q = 5·10^4).
write("secret", random_passes(N, -D, D, 2 * D), random_days(N, -D, D))
write("secret", random_passes(N, -10**7, 10**7, 2000), random_days(N, -10**7, 10**7))
M = 20000  # further large cases, smaller to keep data/ small
# Nested passes, the wider the cheaper, plus a few narrow cheap ones that expire quickly.
nested = [(-k * 5000, k * 5000, M + 1 - k) for k in range(1, M - 999)]
nested += [(x, x, 1) for x in random_days(1000, -10**7, 10**7)]
rng.shuffle(nested)
write("secret", nested, random_days(M, -10**8, 10**8))
# The later a pass starts, the cheaper it is, and it is short: the heap's top keeps expiring.
chain = [(i * 100, i * 100 + rng.randint(0, 300), M - i) for i in range(M)]
rng.shuffle(chain)
write("secret", chain, random_days(M, 0, M * 100))
# Every pass covers every day; all skiers on the same few days; duplicates everywhere.
write("secret", [(-D, D, rng.randint(1, 10)) for _ in range(M)], [rng.choice((-D, 0, D)) for _ in range(M)])
# Few passes with gaps between them, many skiers, many of them on no pass's day.
gaps = [(i * 2000, i * 2000 + 999, rng.randint(1, C)) for i in range(-500, 500)]
write("secret", gaps, random_days(M, -10**6 - 5, 10**6 + 5))
