# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(prices):
    cheapest, best = prices[0], 0
    for p in prices[1:]:
        best = max(best, p - cheapest)
        cheapest = min(cheapest, p)
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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def prices(n, low=0, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(4201)
P, N = 10**9, 20000

write("sample", [9, 4, 7, 2, 6, 5])
write("sample", [8, 6, 6, 3])
write("sample", [1, P])
write("secret", [5])
write("secret", [0])
write("secret", [P, 0])
write("secret", [0, P])
write("secret", [3, 3, 3])
write("secret", [7, 1, 5, 3, 6, 4])
# The global minimum comes after the global maximum.
write("secret", [2, 9, 1, 3])
write("secret", [10, 1])
write("secret", [4, 8, 0, 7, 1, 2])
write("secret", [1, 2, 3, 4, 5])
write("secret", [6, 1, 6, 1, 6])
write("secret", prices(30, 0, 20))
write("secret", prices(1000))
# Maximum sizes: 2*10^4 days.
write("secret", list(range(N, 0, -1)))
write("secret", list(range(N)))
write("secret", prices(N))
write("secret", [P] * (N // 2) + [0] * (N // 2))
write("secret", [P - i for i in range(N - 1)] + [P])
write("secret", [rng.randint(P // 2, P) for _ in range(N // 2)] +
      [rng.randint(0, P // 2) for _ in range(N // 2)])
write("secret", [0] + [P] * (N - 2) + [0])
write("secret", prices(N, 0, 10))
write("secret", [i % 100 for i in range(N)])
