# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import random
import shutil
from collections import deque
from pathlib import Path


def window_maxima(a, k):
    useful, out = deque(), []
    for j, x in enumerate(a):
        while useful and a[useful[-1]] <= x:
            useful.pop()
        useful.append(j)
        if useful[0] <= j - k:
            useful.popleft()
        if j >= k - 1:
            out.append(a[useful[0]])
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


def write(kind, k, a):
    write_test(kind, f"{len(a)} {k}\n{' '.join(map(str, a))}\n", " ".join(map(str, window_maxima(a, k))) + "\n")


def values(n, low=-10000, high=10000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(1511)
write("sample", 3, [2, -1, 4, 3, -2, 1, 1, 0])
write("sample", 1, [5, -3, 5, 0])
write("secret", 1, [7])
write("secret", 1, [-10000])
write("secret", 2, [10000, -10000])
write("secret", 2, [-10000, 10000])
write("secret", 3, [1, 2, 3])
write("secret", 2, [3, 3, 3, 3])
write("secret", 3, [1, 3, 1, 2, 0, 5])
write("secret", 4, [9, 8, 7, 6, 5, 4, 3, 2, 1])
write("secret", 4, [1, 2, 3, 4, 5, 6, 7, 8, 9])
write("secret", 2, [-1, -2, -3, -2, -1])
write("secret", 5, values(20, -3, 3))
write("secret", 17, values(100))
write("secret", 1000, values(1000))
write("secret", 1, values(1000))
write("secret", 10, values(2000, -2, 2))
write("secret", 300, sorted(values(3000), reverse=True))
write("secret", 250, [(-1) ** i * i for i in range(3000)])
write("secret", 2000, values(5000))
write("secret", 1, values(20000))
write("secret", 20000, values(20000))
write("secret", 9999, sorted(values(20000)))
# Maximum sizes, with windows wide enough that recomputing each maximum is O(n·k) ~ 2.5·10^9:
# falling values (the deque grows to k), random values, and a narrow range full of ties.
write("secret", 50000, list(range(10000, -10000, -1)) * 5)
write("secret", 50000, values(100000))
write("secret", 40000, values(100000, -2, 2))
