# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (on arrays: the list's values).
import json
import random
import shutil
from pathlib import Path


def solve(values, k):
    return values[:len(values) - k] + values[len(values) - k + 1:]


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


def values(n, low=-10**9, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(4401)
B, N = 10**9, 10000

write("sample", [4, 8, 15, 16, 23], 2)
write("sample", [7, -7], 2)
write("sample", [5], 1)
write("secret", [-B], 1)
write("secret", [1, 2], 1)
write("secret", [1, 2], 2)
write("secret", [1, 2, 3], 1)
write("secret", [1, 2, 3], 2)
write("secret", [1, 2, 3], 3)
write("secret", [9, 9, 9, 9], 3)
write("secret", [B, -B, B, -B, 0], 5)
write("secret", [0, 0, 1, 0, 0], 3)
write("secret", values(10, -5, 5), 4)
write("secret", values(100), 100)
write("secret", values(100), 1)
write("secret", values(1000), 637)
# Maximum sizes: 10^4 nodes, k at both ends and in between.
write("secret", values(N), 1)
write("secret", values(N), N)
write("secret", values(N), N - 1)
write("secret", values(N), 2)
write("secret", values(N), N // 2)
write("secret", list(range(N)), rng.randint(1, N))
write("secret", [B] * N, 1234)
write("secret", [-B] * (N - 1) + [B], N)
write("secret", values(N, -3, 3), rng.randint(1, N))
