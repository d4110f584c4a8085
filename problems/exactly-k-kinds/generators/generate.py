# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the sliding-window reference below (checked by brute force on small tests).
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


def at_most(birds, m):
    if m <= 0:
        return 0
    count, kinds, left, total = {}, 0, 0, 0
    for right, b in enumerate(birds):
        count[b] = count.get(b, 0) + 1
        if count[b] == 1:
            kinds += 1
        while kinds > m:
            count[birds[left]] -= 1
            if count[birds[left]] == 0:
                kinds -= 1
            left += 1
        total += right - left + 1
    return total


def brute(birds, k):
    return sum(len(set(birds[l:r + 1])) == k for l in range(len(birds)) for r in range(l, len(birds)))


def write(kind, birds, k):
    answer = at_most(birds, k) - at_most(birds, k - 1)
    if len(birds) <= 60:
        assert answer == brute(birds, k)
    write_json_test(kind, [birds, k], answer)


def flock(n, species):
    return [rng.randint(1, species) for _ in range(n)]


clear_data()
rng = random.Random(12501)
M = 10**5
write("sample", [3, 1, 3, 2, 1], 2)
write("sample", [4, 4, 4], 1)
for birds, k in [([1, 2], 3), ([1], 1), ([M], 1), ([1], 2), ([1, 2, 1, 2, 3], 2), ([1, 2, 1, 3, 4], 3),
                 ([1, 2, 3, 4, 5], 5), ([1, 2, 3, 4, 5], 1), ([2, 2, 1, 1], 2), ([M, 1, M, 1], 2),
                 ([5, 5, 5, 5, 5], 2), ([1, 1, 2, 2, 3, 3], 2)]:
    write("secret", birds, k)
for n, species, k in [(20, 3, 2), (50, 5, 3), (60, 10, 1), (1000, 20, 5), (5000, 100, 40),
                      (5000, 3, 3)]:
    write("secret", flock(n, species), k)
# Largest: one species with k = 1 (the count passes 2^32), a few species with mid k, every bird
# a new species with k = n, and a random mix of many species (small numbers keep files small).
write("secret", [7] * M, 1)
write("secret", flock(M, 5), 3)
write("secret", list(range(1, 30001)), 30000)
write("secret", flock(M, 9), 9)
write("secret", flock(30000, M), 2)
