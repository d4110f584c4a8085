# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below. Products stay within 2^53 - 1, so long arrays are
# mostly 1 and -1 with a few larger factors.
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


def others(nums):
    out, p = [1] * len(nums), 1
    for i, v in enumerate(nums):
        out[i] = p
        p *= v
    p = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= p
        p *= nums[i]
    return out


def write(kind, nums):
    write_json_test(kind, [nums], others(nums))


def mostly_ones(n, budget_bits=52, zeros=0):
    """n numbers: +-1 except for factors up to 100 whose product stays below 2^budget_bits."""
    nums = [rng.choice([1, -1]) for _ in range(n)]
    bits = 0
    while True:
        f = rng.randint(2, 100)
        if bits + f.bit_length() > budget_bits:
            break
        bits += f.bit_length()
        nums[rng.randrange(n)] = f * rng.choice([1, -1])
    for _ in range(zeros):
        nums[rng.randrange(n)] = 0
    return nums


clear_data()
rng = random.Random(10901)
write("sample", [2, -3, 4, 5])
write("sample", [7, 0, -1, 0])
write("secret", [3, 0, 2])
write("secret", [1, 1])
write("secret", [0, 0])
write("secret", [0, 9])
write("secret", [-100, 100])
write("secret", [-1, -1, -1])
write("secret", [5, 5, 5, 5, 5])
write("secret", [0, 1, 2, 3, 4])
write("secret", [1, 2, 3, 4, 0])
write("secret", [2, 0, 2, 0, 2])
# Products near the 2^53 - 1 bound (JavaScript's exact integers): 2^52, 3^33, 8.1·10^15.
write("secret", [2] * 52 + [1])
write("secret", [-2] * 52 + [1])
write("secret", [1] + [-2] * 52)
write("secret", [3] * 33 + [1])
write("secret", [100] * 7 + [-9, 9])
for n in [10, 100, 1000]:
    write("secret", mostly_ones(n))
    write("secret", mostly_ones(n, zeros=1))
write("secret", mostly_ones(5000, zeros=2))
write("secret", [rng.randint(-100, 100) for _ in range(6)])
# Largest: one zero, no zero, and a product right up to 2^52.
N = 2 * 10**4
write("secret", mostly_ones(N, zeros=1))
write("secret", mostly_ones(N, budget_bits=30))
write("secret", mostly_ones(N - 1, budget_bits=50) + [4])
