# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(digits):
    d = list(digits)
    for i in range(len(d) - 1, -1, -1):
        if d[i] < 9:
            d[i] += 1
            return d
        d[i] = 0
    return [1] + d


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


def write(kind, digits):
    write_json_test(kind, [digits], solve(digits))


clear_data()
rng = random.Random(15001)


def number(n, tail9=0):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(n - 1)]
    for i in range(max(0, n - tail9), n):
        d[i] = 9
    if tail9 < n:
        d[n - tail9 - 1] = rng.randint(0, 8) if n - tail9 - 1 > 0 else rng.randint(1, 8)
    return d


write("sample", [4, 0, 9])
write("sample", [9, 9])
write("sample", [0])
write("secret", [9])
write("secret", [1])
write("secret", [8])
write("secret", [1, 0])
write("secret", [1, 9])
write("secret", [1, 0, 9, 9, 9])
write("secret", [8, 9, 9, 9])
write("secret", [9, 8, 9])
write("secret", [9] * 20)
write("secret", [1] + [0] * 19)
write("secret", [2, 1, 4, 7, 4, 8, 3, 6, 4, 7])
write("secret", [9, 2, 2, 3, 3, 7, 2, 0, 3, 6, 8, 5, 4, 7, 7, 5, 8, 0, 7])
write("secret", number(30))
write("secret", number(50, 10))
for _ in range(3):
    n = rng.randint(1, 40)
    write("secret", number(n, rng.randint(0, n)))
# Maximum sizes: all nines (the carry crosses every digit), nines after a leading 8, random.
N = 10**4
write("secret", [9] * N)
write("secret", [8] + [9] * (N - 1))
write("secret", number(N))
write("secret", number(N, N // 2))
write("secret", [1] + [0] * (N - 1))
