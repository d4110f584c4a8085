# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(nums):
    nums = sorted(nums)
    n, out = len(nums), []
    for i in range(n - 2):
        if nums[i] > 0:
            break
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([nums[i], nums[lo], nums[hi]])
                while lo < hi and nums[lo] == out[-1][1]:
                    lo += 1
                while lo < hi and nums[hi] == out[-1][2]:
                    hi -= 1
    return out


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
rng = random.Random(6501)
V = 10**5


def values(n, low=-V, high=V):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [2, -3, 1, 0, -1, 1])
write("sample", [0, 0, 0, 0])
write("secret", [5, -5])
write("secret", [0, 0])
write("secret", [0, 0, 0])
write("secret", [1, 2, 3])
write("secret", [-1, -2, -3])
write("secret", [-2, 1])
write("secret", [-2, 1, 1])
write("secret", [-4, 2, 2, 2, 2, -4, 8])
write("secret", [V, -V, 0, V, -V])
write("secret", [-V, V // 2, V // 2, -V + 1, V - 1, 1])
write("secret", [-1, 0, 1, 2, -1, -4, -2, -3, 3, 0, 4])
write("secret", [3, -1, -1, -1, -1, 2, 2, 0, 0, 0, -4])
write("secret", values(10, -5, 5))
write("secret", values(60, -10, 10))
write("secret", values(200, -50, 50))
write("secret", values(500))
write("secret", values(1000, -300, 300))
# Maximum sizes: many hits with many duplicates, wide random values, no hits at all.
write("secret", values(2000, -20000, 20000))
write("secret", values(2000))
write("secret", values(2000, -3, 3))
write("secret", [0] * 2000)
write("secret", values(2000, 1, V))
write("secret", values(1999, -V, -1) + [0])
write("secret", [x for i in range(999) for x in (V - i, i - V)] + [0, 0])
write("secret", sorted(values(2000), reverse=True))
