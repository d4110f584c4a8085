# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the backtracking reference below, checked against a brute force over all
# bitmasks.
import itertools
import random


def solve(weights, target):
    w = sorted(weights)
    found, chosen = [], []

    def build(start, remaining):
        if remaining == 0:
            found.append(chosen[:])
            return
        for i in range(start, len(w)):
            if w[i] > remaining:
                break
            chosen.append(w[i])
            build(i + 1, remaining - w[i])
            chosen.pop()

    build(0, target)
    return found


def brute(weights, target):
    n = len(weights)
    sets = []
    for r in range(1, n + 1):
        for s in itertools.combinations(weights, r):
            if sum(s) == target:
                sets.append(sorted(s))
    return sorted(sets)


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


def write(kind, weights, target):
    answer = solve(weights, target)
    assert answer == brute(weights, target)
    write_json_test(kind, [weights, target], answer)


def distinct(n, low=1, high=100):
    return rng.sample(range(low, high + 1), n)


def popular_target(weights):
    """A total that many subsets reach (the most common subset sum)."""
    sums = {}
    for r in range(1, len(weights) + 1):
        for s in itertools.combinations(weights, r):
            sums[sum(s)] = sums.get(sum(s), 0) + 1
    best = max(sums.values())
    return min(t for t, c in sums.items() if c == best and t <= 1200)


clear_data()
rng = random.Random(17501)

write("sample", [5, 2, 7, 3, 4], 9)
write("sample", [10, 20], 15)
write("sample", [8, 1, 6], 15)
# Small and edge cases.
write("secret", [1], 1)
write("secret", [1], 2)
write("secret", [100], 100)
write("secret", [3, 1, 2], 3)  # {1, 2} and {3}: [1,2] comes first
write("secret", [9, 8, 7, 6, 5, 4, 3, 2, 1], 10)  # given in decreasing order
write("secret", [100, 1, 99, 2, 98, 3], 101)
write("secret", list(range(89, 101)), 1074)  # no set: all twelve total 1134, eleven at most 1045
write("secret", list(range(89, 101)), sum(range(89, 101)))  # exactly all twelve
write("secret", [50, 1, 49, 2, 48], 1200)  # too large for any set
write("secret", [1, 2, 4, 8, 16, 32, 64], 127)
write("secret", [64, 32, 16, 8, 4, 2, 1], 45)  # powers of two: one set
write("secret", [12, 30, 7, 45, 3], 37)
# Random cases.
write("secret", distinct(6, 1, 20), 20)
write("secret", distinct(8, 1, 30), 40)
write("secret", (w := distinct(10, 1, 50)), popular_target(w))
write("secret", distinct(9), 150)
write("secret", (w := distinct(11, 20, 80)), popular_target(w))
# Maximum sizes: 12 weights, targets reached by many sets.
write("secret", list(range(1, 13)), 39)  # the most common subset sum of 1..12
write("secret", list(range(12, 0, -1)), 20)
write("secret", (w := distinct(12, 1, 30)), popular_target(w))
write("secret", (w := distinct(12, 1, 100)), popular_target(w))
write("secret", (w := distinct(12, 40, 100)), popular_target(w))
write("secret", distinct(12), 300)
write("secret", distinct(12), rng.randint(1, 1200))
write("secret", (w := distinct(11, 90, 100) + [1]), popular_target(w))
