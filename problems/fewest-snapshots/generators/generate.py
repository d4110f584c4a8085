# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the greedy reference below (checked against brute force on tiny tests).
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

LO, HI = -2**31, 2**31 - 1


def fewest(vans):
    count, last = 0, None
    for start, end in sorted(vans, key=lambda v: v[1]):
        if last is None or start > last:
            count, last = count + 1, end
    return count


def brute(vans):
    points = sorted({v[1] for v in vans})
    for k in range(1, len(vans) + 1):
        for shots in itertools.combinations(points, k):
            if all(any(s <= x <= e for x in shots) for s, e in vans):
                return k


def write(kind, vans):
    answer = fewest(vans)
    if len(vans) <= 7:
        assert answer == brute(vans), vans
    write_json_test(kind, [vans], answer)


def random_vans(n, low, high, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(low, high)
        out.append([s, min(high, s + rng.randint(0, max_len))])
    return out


clear_data()
rng = random.Random(11901)
write("sample", [[1, 6], [2, 8], [7, 12], [10, 16]])
write("sample", [[1, 2], [2, 3], [4, 5], [5, 6]])
for vans in [[[0, 0]], [[LO, HI]], [[LO, LO], [HI, HI]], [[LO, LO], [LO, HI]], [[1, 10], [2, 3], [5, 6]],
             [[3, 3], [3, 3], [3, 3]], [[1, 2], [3, 4], [5, 6], [7, 8]], [[-5, -1], [-3, 0], [1, 1]],
             [[LO, 0], [0, HI], [-1, 1]], [[10, 20], [1, 30], [15, 16], [17, 18]],
             [[HI - 1, HI], [LO, LO + 1], [0, 0], [LO + 1, HI - 1]]]:
    write("secret", vans)
for _ in range(3):
    write("secret", random_vans(7, -20, 20, 8))
for n, span, max_len in [(50, 100, 10), (500, 10**4, 100), (3000, 10**6, 10**5), (3000, 10**9, 10**9)]:
    write("secret", random_vans(n, -span, span, max_len))
write("secret", random_vans(2000, LO, HI, 2**32))
write("secret", random_vans(300, -1000, 1000, 2000))
# Largest: many short vans (many snapshots), nested vans, all vans through one point, and
# vans at both ends of the 32-bit range (a subtracting comparator overflows).
N = 10**4
write("secret", random_vans(N, -10**6, 10**6, 50))
write("secret", [[-i, i] for i in range(N)])
write("secret", [[rng.randint(LO, LO + 1000), rng.randint(HI - 1000, HI)] for _ in range(N // 2)]
      + [[rng.randint(LO, LO + 1000)] * 2 for _ in range(N // 4)]
      + [[rng.randint(HI - 1000, HI)] * 2 for _ in range(N // 4)])
