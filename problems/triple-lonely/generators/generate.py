# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import Counter


def solve(nums):
    return next(v for v, k in Counter(nums).items() if k == 1)


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


def write(kind, nums):
    write_json_test(kind, [nums], solve(nums))


clear_data()
rng = random.Random(14201)
LO, HI = -2**31, 2**31 - 1


def make(triples, lonely, shuffle=True):
    nums = [v for v in triples for _ in range(3)] + [lonely]
    if shuffle:
        rng.shuffle(nums)
    return nums


def distinct(k, low=LO, high=HI, avoid=()):
    out = set()
    while len(out) < k:
        v = rng.randint(low, high)
        if v not in avoid:
            out.add(v)
    return list(out)


write("sample", [4, 9, 4, 4])
write("sample", [-3, 7, -3, 0, 7, 7, -3])
write("sample", [LO])
write("secret", [0])
write("secret", [HI])
write("secret", [-1])
write("secret", make([LO], HI))
write("secret", make([HI], LO))
write("secret", make([-1], 0))
write("secret", make([0], -1))
write("secret", make([1, 2, 3], 4, shuffle=False))
write("secret", make([LO, HI, -1, 0], 12345))
write("secret", make([5, 6], -7))
for k in (5, 30, 300):
    v = distinct(k + 1)
    write("secret", make(v[:k], v[k]))
v = distinct(51, -50, 50)
write("secret", make(v[:50], v[50]))
# Maximum sizes: 10^4 triples and the lonely value, full range, negatives only, powers of two.
K = 10**4
v = distinct(K + 1)
write("secret", make(v[:K], v[K]))
v = distinct(2001, LO, -1)
write("secret", make(v[:2000], v[2000]))
v = distinct(K + 1, -K, K)
write("secret", make(v[:K], v[K], shuffle=False))
write("secret", make([-(2**b) for b in range(31)] + [2**b for b in range(31)], LO))
v = distinct(2000, 0, HI)
write("secret", make(v, -v[0] - 1 if -v[0] - 1 not in v else LO))
write("secret", make(distinct(2000, 1, HI), 0))
for _ in range(2):
    v = distinct(rng.randint(2, 20), -100, 100)
    write("secret", make(v[1:], v[0]))
