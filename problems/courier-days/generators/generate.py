# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def days_needed(weights, capacity):
    used, load = 1, 0
    for w in weights:
        if load + w > capacity:
            used += 1
            load = 0
        load += w
    return used


def solve(weights, days):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= days:
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


def write(kind, weights, days):
    write_json_test(kind, [weights, days], solve(weights, days))


clear_data()
rng = random.Random(8901)
W = 10**4


def parcels(n, low=1, high=W):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [4, 2, 7, 3, 1, 5], 3)
write("sample", [5, 5, 5, 5], 3)
write("secret", [1], 1)
write("secret", [W], 1)
write("secret", [3, 3], 1)
write("secret", [3, 3], 2)
write("secret", [1, 2, 3, 4, 5], 5)
write("secret", [1, 2, 3, 4, 5], 2)
write("secret", [10, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2)
write("secret", [1, 1, 1, 1, 1, 1, 1, 1, 1, 10], 2)
write("secret", [7, 2, 5, 10, 8], 2)
write("secret", [1, 4, 4], 3)
write("secret", parcels(10, 1, 10), 3)
write("secret", parcels(100), 7)
write("secret", parcels(1000, 1, 100), 999)
write("secret", parcels(5000), 50)
# Maximum sizes: 10^5 parcels; one day, a day per parcel, a few days, heavy and light mixes
# (sums near 10^9).
N = 100000
write("secret", parcels(N), 1)
write("secret", parcels(N), N)
write("secret", parcels(N), 3)
write("secret", [W] * N, 7)
write("secret", parcels(N, 1, 3), 1000)
write("secret", [W if i % 1000 == 0 else 1 for i in range(N)], 50)
write("secret", sorted(parcels(N)), 317)
write("secret", parcels(N), 99999)
write("secret", [1] * (N - 1) + [W], 2)
