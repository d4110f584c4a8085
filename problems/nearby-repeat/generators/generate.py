# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(nums, k):
    last = {}
    for j, x in enumerate(nums):
        if x in last and j - last[x] <= k:
            return True
        last[x] = j
    return False


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


def spaced(n, gap):
    """n values where equal values are exactly `gap` positions apart (a repeating block)."""
    block = rng.sample(range(-10**9, 10**9), gap)
    return [block[i % gap] for i in range(n)]


clear_data()
rng = random.Random(5501)
B, N = 10**9, 20000

write("sample", [5, 8, 2, 8, 5], 2)
write("sample", [5, 8, 2, 9, 5], 3)
write("sample", [-1, -1], 0)
write("secret", [7], 0)
write("secret", [7], B)
write("secret", [3, 3], 1)
write("secret", [3, 3], B)
write("secret", [1, 2, 3, 1], 3)
write("secret", [1, 2, 3, 1], 2)
write("secret", [B, -B, B], 2)
write("secret", [B, -B, B], 1)
# The first occurrence is too far, a later one is close.
write("secret", [1, 0, 0, 0, 1, 1], 1)
write("secret", [4, 9, 9], 1)
write("secret", [0, 1, 2, 3, 0, 9, 0], 2)
write("secret", [rng.randint(-5, 5) for _ in range(30)], 3)
# Maximum sizes: 2*10^4 values.
write("secret", rng.sample(range(-B, B), N), B)
write("secret", spaced(N, 500), 499)
write("secret", spaced(N, 500), 500)
write("secret", spaced(N, 9999), 9999)
write("secret", spaced(N, 10000), 9999)
write("secret", [B] * N, 0)
write("secret", [B] * N, 1)
write("secret", list(range(N - 1)) + [0], N - 2)
write("secret", list(range(N - 1)) + [0], N - 1)
write("secret", [rng.randint(-B, B) for _ in range(N)], B)
