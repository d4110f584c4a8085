# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


clear_data()

rng = random.Random(1507)
BOUND = 10**9


def rotated(n, low=-BOUND, high=BOUND, k=None):
    values = sorted(rng.sample(range(low, high + 1), n))
    k = rng.randrange(n) if k is None else k
    return values[k:] + values[:k]


def absent(nums, low=-BOUND, high=BOUND):
    present = set(nums)
    while True:
        v = rng.randint(low, high)
        if v not in present:
            return v


write("sample", [7, 9, 1, 3, 5], 3)
write("sample", [7, 9, 1, 3, 5], 8)
write("sample", [4], 4)
write("secret", [4], 5)
write("secret", [-BOUND], -BOUND)
write("secret", [2, 1], 1)
write("secret", [2, 1], 2)
write("secret", [1, 2], 2)
write("secret", [2, 1], 3)
write("secret", [1, 3, 5, 7, 9], 9)
write("secret", [9, 1, 3, 5, 7], 9)
write("secret", [3, 5, 7, 9, 1], 1)
write("secret", [5, 7, 9, 1, 3], 4)
write("secret", [-BOUND, BOUND], BOUND)
write("secret", [BOUND, -BOUND], -BOUND)
write("secret", [6, 7, 8, 9, 10, 1, 2, 3, 4, 5], 2)
write("secret", [6, 7, 8, 9, 10, 1, 2, 3, 4, 5], 11)
nums = rotated(100, -50, 50)
write("secret", nums, nums[0])
write("secret", nums, nums[-1])
write("secret", nums, absent(nums, -50, 50))
# Maximum sizes: the rotation near each end and in the middle, target present and absent.
for k in (0, 1, 9999, 5000):
    nums = rotated(10000, k=k)
    write("secret", nums, rng.choice(nums))
nums = rotated(10000)
write("secret", nums, absent(nums))
write("secret", nums, nums[rng.randrange(10000)])
nums = rotated(10000, -10000, 10000)
write("secret", nums, absent(nums, -10000, 10000))
write("secret", nums, min(nums))
write("secret", nums, max(nums))
