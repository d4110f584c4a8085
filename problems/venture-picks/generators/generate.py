# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the heap reference below (checked by brute force on tiny tests).
import heapq
import itertools
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


def best(k, capital, profits, needs):
    order = sorted(range(len(profits)), key=lambda i: needs[i])
    heap, j = [], 0
    for _ in range(k):
        while j < len(order) and needs[order[j]] <= capital:
            heapq.heappush(heap, -profits[order[j]])
            j += 1
        if not heap:
            break
        capital -= heapq.heappop(heap)
    return capital


def brute(k, capital, profits, needs):
    top = capital
    for r in range(1, k + 1):
        for picks in itertools.permutations(range(len(profits)), r):
            c, ok = capital, True
            for i in picks:
                if needs[i] > c:
                    ok = False
                    break
                c += profits[i]
            if ok:
                top = max(top, c)
    return top


def write(kind, k, capital, profits, needs):
    answer = best(k, capital, profits, needs)
    if len(profits) <= 6:
        assert answer == brute(k, capital, profits, needs)
    write_json_test(kind, [k, capital, profits, needs], answer)


def ladder(n, start):
    """Ventures whose needs rise so that each pick just unlocks the next few."""
    needs, profits, c = [], [], start
    for _ in range(n):
        needs.append(min(10**9, c + rng.randint(0, 50)))
        p = rng.randint(0, 10**5)
        profits.append(p)
        c += p // 2
    return profits, needs


clear_data()
rng = random.Random(12401)
V = 10**9
write("sample", 2, 0, [1, 2, 3], [0, 1, 1])
write("sample", 3, 5, [4, 7, 1], [20, 6, 5])
write("secret", 1, 10, [3, 8], [0, 10])
write("secret", 1, 0, [0], [0])
write("secret", 1, 0, [5], [1])
write("secret", 5, V, [10**5], [V])
write("secret", 3, 0, [0, 0, 0], [0, 0, 0])
write("secret", 2, 1, [1, 1, 5], [1, 2, 3])
write("secret", 3, 2, [5, 1, 3, 2], [6, 2, 2, 3])
write("secret", 2, 0, [10, 1, 1], [1, 0, 0])
write("secret", 4, 3, [2, 2, 2, 2, 9], [3, 4, 5, 6, 11])
# The best first pick is the most profitable affordable one, not the cheapest.
write("secret", 2, 10, [1, 6, 100], [0, 10, 16])
for n, k in [(6, 3), (6, 6), (50, 10), (500, 500), (2000, 100)]:
    profits = [rng.randint(0, 100) for _ in range(n)]
    needs = [rng.randint(0, 300) for _ in range(n)]
    write("secret", k, rng.randint(0, 50), profits, needs)
write("secret", 1000, 0, *ladder(1000, 0))
# Largest: a ladder where each pick unlocks the next; everything affordable at once (k = n);
# nothing affordable; and a capital that passes 2^31 - 1.
N = 2 * 10**4
write("secret", N, 0, *ladder(N, 0))
write("secret", N, V, [rng.randint(0, 10**5) for _ in range(N)], [rng.randint(0, 999) for _ in range(N)])
write("secret", N, 0, [rng.randint(0, 10**5) for _ in range(N)], [rng.randint(1, 9) for _ in range(N)])
write("secret", N // 2, 0, [10**5] * N, [0] * N)
write("secret", N, V // 2, [10**5] * (N - 1) + [0], [rng.randint(0, V // 2) for _ in range(N)])
write("secret", 7, 3, [1, 2, 3, 4, 5, 6, 7, 8], [9, 3, 4, 5, 6, 7, 8, 100])
write("secret", 3, 100, [50, 40, 30, 20], [100, 150, 190, 0])
