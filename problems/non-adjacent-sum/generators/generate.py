# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(nums):
    before, last = 0, 0  # best of the prefixes two and one values shorter
    for x in nums:
        before, last = last, max(last, before + x)
    return last


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


def values(n, low=-10000, high=10000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(3201)

write("sample", [5, 1, 1, 5])
write("sample", [-3, 4, -1, -2, 6])
write("sample", [-7, -2])
write("secret", [0])
write("secret", [7])
write("secret", [-10000])
write("secret", [10000])
write("secret", [3, 9])
write("secret", [9, 3])
write("secret", [2, 7, 9, 3, 1])
write("secret", [4, 4, 4, 4, 4])
write("secret", [1, 100, 1, 1, 100, 1])
write("secret", [10, -1, -1, 10])
write("secret", [-1, 5, -1, -1, 5, -1, -1, 5])
write("secret", [0, 0, 0, 0])
write("secret", values(20))
write("secret", values(200, 0, 50))
write("secret", values(1000, -100, 30))
# Maximum sizes: 2*10^4 values.
write("secret", [10000] * 20000)
write("secret", [-10000] * 20000)
write("secret", [10000, -10000] * 10000)
write("secret", [10000, 1, 1] * 6666 + [10000])
write("secret", values(20000))
write("secret", values(20000, 0, 10000))
write("secret", values(20000, -10000, 100))
write("secret", [1, 10000, 10000, 1] * 5000)
