# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import heapq
import random


def solve(stones):
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y, x = -heapq.heappop(heap), -heapq.heappop(heap)
        if y > x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0


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


def write(kind, stones):
    write_json_test(kind, [stones], solve(stones))


clear_data()
rng = random.Random(7901)
V = 10**9


def weights(n, low=1, high=V):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [3, 9, 4, 2, 2])
write("sample", [6, 6])
write("secret", [8])
write("secret", [1])
write("secret", [V])
write("secret", [V, V])
write("secret", [V, 1])
write("secret", [10, 9, 8, 7])
write("secret", [9, 8, 8, 7, 7])
write("secret", [7, 9, 5, 8, 7, 8])
write("secret", [1, 1, 1])
write("secret", [2, 2, 2, 2])
write("secret", [7, 3, 3, 1])
write("secret", [1, 2, 4, 8, 16, 32])
write("secret", [20, 1, 1, 1, 1, 1])
write("secret", weights(10, 1, 10))
write("secret", weights(50, 1, 100))
write("secret", weights(1000))
write("secret", weights(1000, 1, 3))
# Maximum sizes: random weights, all equal (everything cancels), a huge stone among small
# ones; then large piles of tiny weights, powers of two, an odd count of equal stones.
N = 100000
write("secret", weights(N))
write("secret", [V] * N)
write("secret", [V] + weights(N - 1, 1, 10))
M = 30000
write("secret", [V] * (M - 1))
write("secret", weights(M, 1, 2))
write("secret", sorted(weights(M, 1, 10**6)))
write("secret", [2 ** (i % 30) for i in range(M)])
write("secret", list(range(1, M + 1)))
