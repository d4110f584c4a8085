# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(coins, amount):
    unreachable = amount + 1
    best = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != unreachable else -1


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


clear_data()

rng = random.Random(1510)
MAX_COIN = 2**31 - 1

write("sample", [1, 3, 4], 6)
write("sample", [5, 10], 3)
write("sample", [7], 0)
write("secret", [1], 0)
write("secret", [1], 1)
write("secret", [2], 1)
write("secret", [2], 3)
write("secret", [1], 10000)
write("secret", [MAX_COIN], 10000)
write("secret", [MAX_COIN, 1], 10000)
write("secret", [5, 3], 9)
write("secret", [5, 3], 7)
write("secret", [2, 2, 2], 4)
write("secret", [3, 7, 3, 7], 20)
write("secret", [1, 5, 10, 25], 63)
write("secret", [1, 7, 10], 14)
write("secret", [186, 419, 83, 408], 6249)
write("secret", [2, 4, 6, 8, 10, 12], 9999)
write("secret", [9999, 10000], 10000)
write("secret", [9999], 9999)
write("secret", [10000], 9999)
# Maximum sizes: twelve coins, amount 10^4.
write("secret", [rng.randint(1, 10000) for _ in range(12)], 10000)
write("secret", [rng.randint(50, 500) for _ in range(12)], 10000)
write("secret", [rng.randint(1000, MAX_COIN) for _ in range(11)] + [7], 10000)
write("secret", [97, 89, 83, 79, 73, 71, 67, 61, 59, 53, 47, 43], 10000)
write("secret", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 10000)
write("secret", [14, 28, 42, 56, 70, 84, 98, 112, 126, 140, 154, 168], 9999)
write("secret", [4999, 5001, 3, 9998, 2, 10000, 1, 6, 8, 9, 5, 4], 9997)
write("secret", [MAX_COIN] * 12, 10000)
