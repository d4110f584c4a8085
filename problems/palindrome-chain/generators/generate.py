# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(values):
    return values == values[::-1]


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


def write(kind, values):
    write_json_test(kind, [values], solve(values))


clear_data()
rng = random.Random(9501)
V = 10**4


def palindrome(n, low=-V, high=V):
    half = [rng.randint(low, high) for _ in range(n // 2)]
    middle = [rng.randint(low, high)] if n % 2 else []
    return half + middle + half[::-1]


def spoil(values, at):
    values = list(values)
    values[at] = values[at] + 1 if values[at] < V else values[at] - 1
    return values


write("sample", [3, 1, 4, 1, 3])
write("sample", [5, 5, 6])
write("secret", [])
write("secret", [7])
write("secret", [-V, -V])
write("secret", [1, 2])
write("secret", [1, 2, 1])
write("secret", [1, 2, 2, 1])
write("secret", [1, 2, 3, 1])
write("secret", [1, 1, 2, 1])
write("secret", [0, 0, 0, 0, 0, 0, 1])
write("secret", [-1, 1])
write("secret", [1, 2, 3, 2, 1, 0])
write("secret", palindrome(11))
write("secret", spoil(palindrome(20), 9))
write("secret", palindrome(1000, 0, 1))
# Maximum sizes: palindromes of even and odd length, and near-palindromes spoilt next to the
# middle, at an end, or in the very middle of an odd one.
N = 100000
write("secret", palindrome(N))
write("secret", palindrome(N - 1))
write("secret", spoil(palindrome(N), N // 2))
write("secret", spoil(palindrome(N), N // 2 - 1))
write("secret", spoil(palindrome(N), 0))
write("secret", spoil(palindrome(N), N - 1))
write("secret", spoil(palindrome(N - 1, 0, 1), N // 2 - 2))
write("secret", [V] * N)
write("secret", spoil(palindrome(N - 1), (N - 1) // 2))
