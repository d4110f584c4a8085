# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random

MOD = 10**9 + 7


def solve(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for s in range(c, amount + 1):
            ways[s] = (ways[s] + ways[s - c]) % MOD
    return ways[amount]


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


def write(kind, amount, coins):
    write_json_test(kind, [amount, coins], solve(amount, coins))


clear_data()
rng = random.Random(13901)

write("sample", 5, [1, 2, 5])
write("sample", 3, [2])
write("sample", 0, [7])
write("secret", 0, [1])
write("secret", 1, [1])
write("secret", 1, [2])
write("secret", 10, [10])
write("secret", 10, [3, 7])
write("secret", 11, [5, 10])
write("secret", 100, [1, 5, 10, 25, 50])
write("secret", 10**4, [10**4])
write("secret", 10**4, [1])
write("secret", 9999, [2, 4, 6, 8])
write("secret", 500, [3, 5, 7, 11, 13])
write("secret", 50, rng.sample(range(1, 60), 10))
write("secret", 1000, rng.sample(range(1, 200), 30))
for _ in range(3):
    write("secret", rng.randint(0, 300), rng.sample(range(1, 100), rng.randint(1, 8)))
# Maximum sizes: 100 values and amount 10^4 (counts far beyond 64 bits, so the modulus matters).
write("secret", 10**4, list(range(1, 101)))
write("secret", 10**4, rng.sample(range(1, 10**4 + 1), 100))
write("secret", 10**4, rng.sample(range(1, 300), 100))
write("secret", 10**4, list(range(100, 0, -1)))
write("secret", 9973, rng.sample(range(2, 2000, 2), 100))
write("secret", 10**4, [10**4 - i for i in range(100)])
