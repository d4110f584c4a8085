# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(nums):
    hi = lo = best = nums[0]
    for x in nums[1:]:
        hi, lo = max(x, x * hi, x * lo), min(x, x * hi, x * lo)
        best = max(best, hi)
    return best


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
rng = random.Random(13801)


def safe(n, big=0.002, zeros=0.01):
    """Mostly ±1, a few larger factors and zeros; bounded so every stretch stays below 2^53."""
    out, logsum = [], 0.0
    for _ in range(n):
        r = rng.random()
        if r < zeros:
            out.append(0)
            logsum = 0.0
            continue
        x = rng.choice([-1, 1])
        if r < zeros + big and logsum <= 49:
            x *= rng.randint(2, 10)
            logsum += abs(x).bit_length()
        out.append(x)
    return out


write("sample", [3, -1, 4, -2])
write("sample", [-2, 6, 0, -3, -4])
write("sample", [-5])
write("secret", [0])
write("secret", [10])
write("secret", [-2, 3, -4])
write("secret", [2, 4, -3, 5])
write("secret", [-1, -1])
write("secret", [0, 0, 0])
write("secret", [-10, 0, -10])
write("secret", [-4, 0, -7])
write("secret", [-3, -4, 0, 2, 5, -1, 6])
write("secret", [1, -1, 1, -1, 1])
write("secret", [-10] * 15)
write("secret", [-10] * 15 + [-9])
write("secret", [10] * 15 + [0] + [-10] * 15 + [-1])
write("secret", [rng.randint(-3, 3) for _ in range(20)])
write("secret", [rng.randint(-10, 10) for _ in range(12)])
for _ in range(3):
    write("secret", safe(rng.randint(50, 500), 0.05, 0.05))
# Maximum sizes, with products near the 2^53 bound.
N = 2 * 10**4
write("secret", safe(N))
write("secret", safe(N, 0.01, 0.0005))
write("secret", [-1] * (N - 1) + [2])
write("secret", [5] * 22 + [-1] * (N - 22))
write("secret", [rng.choice([-1, 1]) for _ in range(N)])
