# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(fuel, cost):
    start = tank = total = 0
    for i, (f, c) in enumerate(zip(fuel, cost)):
        tank += f - c
        total += f - c
        if tank < 0:
            start, tank = i + 1, 0
    return start if total >= 0 else -1


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


def write(kind, fuel, cost):
    write_json_test(kind, [fuel, cost], solve(fuel, cost))


clear_data()
rng = random.Random(9401)
V = 10**4


def loop(n, surplus=0, high=V):
    """Random legs whose total surplus (fuel minus cost) is exactly `surplus` when possible."""
    fuel = [rng.randint(0, high) for _ in range(n)]
    cost = [rng.randint(0, high) for _ in range(n)]
    gap = sum(fuel) - sum(cost) - surplus
    i = 0
    while gap and i < 10 * n:
        j = rng.randrange(n)
        if gap > 0:
            d = min(gap, high - cost[j])
            cost[j] += d
            gap -= d
        else:
            d = min(-gap, high - fuel[j])
            fuel[j] += d
            gap += d
        i += 1
    return fuel, cost


write("sample", [2, 5, 1, 4], [3, 1, 5, 2])
write("sample", [7, 0, 2, 1], [3, 4, 1, 4])
write("secret", [0], [0])
write("secret", [5], [5])
write("secret", [4], [5])
write("secret", [0, 0, 0], [0, 0, 0])
write("secret", [1, 0], [0, 1])
write("secret", [0, 1], [1, 0])
write("secret", [3, 1, 1], [1, 2, 2])
write("secret", [5, 1, 2, 3, 4], [4, 4, 1, 5, 1])
write("secret", [2, 2, 2, 2], [1, 3, 1, 3])
write("secret", [0, 0, 10, 0], [1, 1, 1, 7])
write("secret", *loop(10, 0, 10))
write("secret", *loop(100, 5, 100))
write("secret", *loop(1000, -1))
write("secret", *loop(5000, 0))
# Maximum sizes: a surplus of exactly 0 (the start is unique), a deficit of one litre, the
# first working start far from 0; then large loops with plenty of surplus, balanced legs, tiny
# amounts, one rich station.
N = 100000
write("secret", *loop(N, 0))
write("secret", *loop(N, -1))
write("secret", [0] * (N - 1) + [V], [1 if i < V - 1 else 0 for i in range(N - 1)] + [1])
M = 20000
write("secret", *loop(M, 10**6))
write("secret", [V] * M, [V] * M)
write("secret", [1] * (M - 1) + [0], [0] + [1] * (M - 1))
write("secret", *loop(M, 0, 3))
write("secret", [V if i == M // 2 else 0 for i in range(M)], [1 if i < V else 0 for i in range(M)])
write("secret", *loop(M, 7))
