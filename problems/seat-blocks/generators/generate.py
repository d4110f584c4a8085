# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below.
import random

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


def blocks(seats):
    out, i = [], 0
    while i < len(seats):
        j = i
        while j + 1 < len(seats) and seats[j + 1] == seats[j] + 1:
            j += 1
        out.append(str(seats[i]) if i == j else f"{seats[i]}..{seats[j]}")
        i = j + 1
    return out


def write(kind, seats):
    write_json_test(kind, [seats], blocks(seats))


def runs(n, start, max_run, max_gap):
    """n seats from start: runs of 1..max_run consecutive seats with gaps of 2..max_gap."""
    out, x = [], start
    while len(out) < n:
        for _ in range(rng.randint(1, max_run)):
            out.append(x)
            x += 1
        x += rng.randint(1, max_gap - 1)
    return out[:n]


clear_data()
rng = random.Random(10701)
LO, HI = -2**31, 2**31 - 1
write("sample", [-2, -1, 0, 4, 6, 7])
write("sample", [])
write("secret", [0])
write("secret", [LO])
write("secret", [HI])
write("secret", [LO, HI])
write("secret", [LO, LO + 1])
write("secret", [HI - 1, HI])
write("secret", [LO, LO + 1, LO + 2, 0, HI - 2, HI - 1, HI])
write("secret", [1, 3, 5, 7])
write("secret", [-5, -4, -3, -2, -1, 0, 1, 2])
write("secret", [-1, 1])
write("secret", [-3, -2, 0, 1, 3])
write("secret", [10, 11, 13, 14, 15, 17])
write("secret", [2, 3])
for n, run, gap in [(10, 3, 3), (50, 5, 4), (200, 1, 3), (1000, 10, 1000), (5000, 50, 10**6), (300, 2, 2**20)]:
    write("secret", runs(n, rng.randint(-10**6, 10**6), run, gap))
write("secret", sorted(rng.sample(range(LO, HI), 2000)))
# Largest: one block of 10^4 seats ending at the top, alternating singles and pairs across
# zero, and random runs spread over the whole range.
N = 10**4
write("secret", list(range(HI - N + 1, HI + 1)))
write("secret", runs(N, -N, 2, 3))
write("secret", sorted(set(x for s in rng.sample(range(LO // 8, HI // 8), 4000) for x in (8 * s, 8 * s + 1, 8 * s + 2)))[:N])
