# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import defaultdict


def solve(net, k):
    seen = defaultdict(int)  # remainder of a running total -> how many so far
    seen[0] = 1              # the empty start
    total = count = 0
    for x in net:
        total += x
        r = total % k        # Python's % is never negative for k > 0
        count += seen[r]
        seen[r] += 1
    return count


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


def write(kind, net, k):
    write_json_test(kind, [net, k], solve(net, k))


clear_data()
rng = random.Random(19701)
V, K, N = 10**4, 10**9, 10**5


def days(n, low=-V, high=V):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [2, -5, 1, 4, -3], 3)
write("sample", [0, 0, 0], 7)
write("sample", [7, 7], 5)
write("secret", [0], 1)
write("secret", [5], 5)
write("secret", [-5], 5)
write("secret", [5], 3)
write("secret", [-V], K)
write("secret", [V], 1)
write("secret", [-1, -1, -1, -1], 2)
write("secret", [3, -3, 3, -3, 3], K)
write("secret", [-4, -8, 5, -2, 9, -6, 1], 4)
write("secret", days(10, -9, 9), 5)
write("secret", days(50, -20, 5), 6)
write("secret", days(200), 1)
write("secret", days(1000), 2)
write("secret", days(1000, -50, 50), K)
write("secret", days(3000, -V, 0), 9973)
write("secret", days(5000, -30, 30), 17)
# Maximum sizes: 10^5 days. All zeros with k = 1 (the answer, n(n+1)/2, needs 64 bits);
# totals at the extremes with k = 10^9; small swings where totals often repeat; many negative
# running totals for several k.
write("secret", [0] * N, 1)
write("secret", [-V] * N, K)
write("secret", days(N, -3, 3), K)
write("secret", days(N, -99, 99), 97)
write("secret", days(N, -9, 0), 3)
write("secret", days(N // 2), 7)
write("secret", days(N // 2, -V, 10), 10**4)
