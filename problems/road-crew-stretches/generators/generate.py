# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def crews_needed(work, limit):
    """The fewest stretches with workloads <= limit (every section is <= limit)."""
    crews, load = 1, 0
    for w in work:
        if load + w > limit:
            crews, load = crews + 1, 0
        load += w
    return crews


def solve(work, k):
    """The smallest limit L for which the greedy needs at most k crews."""
    lo, hi = max(work), sum(work)
    while lo < hi:
        mid = (lo + hi) // 2
        if crews_needed(work, mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo


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


def write(kind, work, k):
    write_json_test(kind, [work, k], solve(work, k))


def sections(n, low=0, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(161161)
B, N = 10**9, 10**4

write("sample", [3, 9, 4, 2, 8, 6], 3)
write("sample", [B, B, B], 2)
write("sample", [0, 0, 7, 0], 4)
# Single sections, k = 1, k = n, zeros.
write("secret", [0], 1)
write("secret", [B], 1)
write("secret", [5, 5], 1)
write("secret", [5, 5], 2)
write("secret", [1, 2, 3, 4, 5], 5)
write("secret", [1, 2, 3, 4, 5], 1)
write("secret", [1, 2, 3, 4, 5], 2)
write("secret", [0, 0, 0, 0], 2)
# The largest section last or first: a search that starts below max(work) goes wrong.
write("secret", [1, 10], 2)
write("secret", [9, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2)
write("secret", [1, 1, 1, 1, 1, 1, 1, 1, 1, 9], 3)
# Sums past 2^31 and 2^32: the answer 3·10^9, and an answer that fits in 32 bits while the
# total does not.
write("secret", [B] * 7, 3)
write("secret", [B] * 5, 3)
write("secret", [B, 1, B, 1, B, 1, B, 1, B], 4)
write("secret", sections(10, 0, 10), 4)
write("secret", sections(100), 7)
write("secret", sections(1000, 0, 100), 999)
write("secret", sections(1000), 1)
# Maximum sizes: 10^4 sections, totals up to 10^13.
write("secret", sections(N), 1)
write("secret", sections(N), N)
write("secret", sections(N), 2)
write("secret", [B] * N, 3)
write("secret", [B] * N, N - 1)
write("secret", sections(N), rng.randint(2, N - 1))
write("secret", sorted(sections(N)), 317)
write("secret", [1] * (N - 1) + [B], 2)
write("secret", [B if i % 2 else 0 for i in range(N)], 4999)
write("secret", sections(N, 0, 3), 5000)
