# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (itertools lists combinations in
# lexicographic order).
import itertools
import random


def solve(times, k, limit):
    return [list(s) for s in itertools.combinations(range(len(times)), k)
            if sum(times[i] for i in s) <= limit]


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


def write(kind, times, k, limit):
    write_json_test(kind, [times, k, limit], solve(times, k, limit))


def sorted_sums(times, k):
    return sorted(sum(times[i] for i in s) for s in itertools.combinations(range(len(times)), k))


def random_case(n, k, low=1, high=100, keep=0.5):
    """Random times, and a limit that lets about the `keep` fraction of squads through."""
    times = [rng.randint(low, high) for _ in range(n)]
    sums = sorted_sums(times, k)
    limit = sums[min(len(sums) - 1, int(keep * len(sums)))]
    return times, k, limit


clear_data()
rng = random.Random(15501)

write("sample", [50, 40, 60, 45], 2, 95)
write("sample", [30, 30, 30], 3, 89)
write("sample", [70, 20, 20, 90], 1, 20)
# Small and edge cases.
write("secret", [1], 1, 1)  # a single runner, just fast enough
write("secret", [100], 1, 99)  # a single runner, too slow
write("secret", [100] * 12, 12, 1200)  # the largest squad, exactly at the limit
write("secret", [100] * 12, 12, 1199)
write("secret", [5, 5, 5, 5], 2, 10)  # equal times: every pair
write("secret", [5, 5, 5, 5], 2, 9)
write("secret", [9, 1, 8, 2, 7, 3], 3, 10)  # a slow runner before fast ones
write("secret", [90, 1, 1, 1], 2, 3)  # only squads without the first runner
write("secret", [3, 1, 2], 3, 6)
write("secret", [10, 20, 30, 40, 50], 1, 35)
write("secret", [50, 40, 30, 20, 10], 1, 35)
write("secret", [60, 55, 10, 100, 5, 70], 2, 65)
write("secret", [1, 100, 1, 100, 1, 100, 1], 4, 103)
write("secret", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 1, 1200)
# Random cases.
write("secret", *random_case(7, 3))
write("secret", *random_case(9, 4, keep=0.2))
write("secret", *random_case(10, 5, 1, 10, keep=0.7))
write("secret", *random_case(11, 2, keep=0.4))
# Maximum sizes: 12 runners, squads of 6 (924 of them) and other sizes.
write("secret", [100] * 12, 6, 600)  # every one of the 924 squads
write("secret", [rng.randint(1, 100) for _ in range(12)], 6, 1200)
write("secret", sorted((rng.randint(1, 100) for _ in range(12)), reverse=True), 6, 300)
write("secret", *random_case(12, 6, keep=0.5))
write("secret", *random_case(12, 6, 1, 5, keep=0.3))
write("secret", *random_case(12, 5, keep=0.8))
write("secret", *random_case(12, 7, keep=0.6))
write("secret", *random_case(12, 4, 40, 60, keep=0.5))
write("secret", [100, 1] * 6, 6, 204)
