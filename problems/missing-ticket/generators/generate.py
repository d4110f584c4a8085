# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(tickets):
    n = len(tickets)
    return n * (n + 1) // 2 - sum(tickets)


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


def write(kind, tickets):
    write_json_test(kind, [tickets], solve(tickets))


clear_data()
rng = random.Random(8101)


def raffle(n, missing=None, order="shuffled"):
    if missing is None:
        missing = rng.randint(0, n)
    tickets = [v for v in range(n + 1) if v != missing]
    if order == "shuffled":
        rng.shuffle(tickets)
    elif order == "reversed":
        tickets.reverse()
    return tickets


write("sample", [3, 0, 1])
write("sample", [0, 1])
write("secret", [0])
write("secret", [1])
write("secret", [1, 2])
write("secret", [2, 0])
write("secret", [5, 4, 3, 2, 1])
write("secret", [0, 1, 2, 3, 4])
write("secret", [9, 6, 4, 2, 3, 5, 7, 0, 1])
write("secret", raffle(10))
write("secret", raffle(10, 10, "sorted"))
write("secret", raffle(100, 0))
write("secret", raffle(1000))
write("secret", raffle(1000, 500, "sorted"))
write("secret", raffle(5000, 4999, "reversed"))
# Maximum sizes (the sum passes 2^31): the missing ticket anywhere, last, first; then large
# raffles with the gap at each end and in the middle, sorted and shuffled.
N = 100000
write("secret", raffle(N))
write("secret", raffle(N, N))
write("secret", raffle(N, 0, "reversed"))
M = 30000
write("secret", raffle(M, 0))
write("secret", raffle(M, M, "sorted"))
write("secret", raffle(M, M // 2, "sorted"))
write("secret", raffle(M, M - 1))
write("secret", raffle(M - 1))
write("secret", raffle(M + 7, 1))
write("secret", raffle(65536, 65536))
