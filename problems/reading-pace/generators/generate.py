# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def hours(pages, s):
    return sum((p + s - 1) // s for p in pages)


def solve(pages, h):
    low, high = 1, max(pages)
    while low < high:
        mid = (low + high) // 2
        if hours(pages, mid) <= h:
            high = mid
        else:
            low = mid + 1
    return low


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


def books(n, low=1, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(4701)
P, N = 10**9, 10000

write("sample", [14, 6, 25, 9], 7)
write("sample", [5, 9, 2], 5)
write("sample", [P], P)
write("secret", [1], 1)
write("secret", [P], 1)
write("secret", [P], 2)
write("secret", [P], P - 1)
write("secret", [7, 7, 7], 3)
write("secret", [7, 7, 7], 4)
write("secret", [7, 7, 7], 21)
write("secret", [28, 13, 21, 5, 17], 5)
write("secret", [1, 1, 1, 1, 100], 5)
write("secret", [10, 20, 30], 59)
write("secret", books(20, 1, 100), 35)
write("secret", books(500), 800)
# Maximum sizes: 10^4 books of up to 10^9 pages; at pace 1 the total is 10^13.
write("secret", [P] * N, N)
write("secret", [P] * N, P)
write("secret", [1] * N, N)
write("secret", books(N), N)
write("secret", books(N), P)
write("secret", books(N), rng.randint(N, P))
write("secret", books(N, 1, 1000), 2 * N + 7)
write("secret", [P - i for i in range(N)], 3 * N)
write("secret", books(N), 123456789)
write("secret", [i + 1 for i in range(N)], N + 1)
