# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below (jumping back over known streaks).
import random


def solve(depths):
    streaks = []
    for i, d in enumerate(depths):
        j = i - 1  # walk back, skipping each earlier morning's own streak at once
        while j >= 0 and depths[j] <= d:
            j -= streaks[j]
        streaks.append(i - j)
    return streaks


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


def write(kind, depths):
    calls = ["SnowStreak"] + ["measure"] * len(depths)
    args = [[]] + [[d] for d in depths]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump([None] + solve(depths)) + "\n")


clear_data()
rng = random.Random(19501)
D = 10**4


def mornings(n, low=0, high=D):
    return [rng.randint(low, high) for _ in range(n)]


def weather(n, start=100, step=15):
    """A random walk: snow piles up and melts gradually."""
    out, d = [], start
    for _ in range(n):
        d = min(D, max(0, d + rng.randint(-step, step)))
        out.append(d)
    return out


write("sample", [40, 35, 38, 50, 20, 20, 45])
write("sample", [0, 0, 7, 3])
write("secret", [0])
write("secret", [D])
write("secret", [D, 0])
write("secret", [0, D])
write("secret", [5, 5, 5, 5, 5])
write("secret", [1, 2, 3, 4, 5, 6])
write("secret", [6, 5, 4, 3, 2, 1])
write("secret", [3, 1, 2, 1, 3, 3, 0, 4])
write("secret", [9, 2, 9, 2, 9, 2, 9, 10, 1, 10])
write("secret", mornings(10, 0, 5))
write("secret", mornings(50, 0, 3))
write("secret", mornings(200))
write("secret", weather(1000))
write("secret", mornings(2000, 0, 1))
write("secret", [D - i // 10 for i in range(3000)])
write("secret", [min(i, 4000 - i) for i in range(4001)])
write("secret", [rng.choice((0, D)) for _ in range(1000)])
# Large sizes (up to the maximum of 5·10^4 calls): a slow rise with plateaus (every streak
# reaches back to the first morning), a fall and then one deepest morning, random depths, a
# melting and refreezing snowpack, a saw tooth.
M = 5 * 10**4
write("secret", [i // 5 for i in range(M)])
write("secret", [max(0, 999 - i // 20) for i in range(M // 2 - 1)] + [D])
write("secret", mornings(M // 5, 0, 999))
write("secret", weather(M // 5, 500, 30))
write("secret", [i % 100 for i in range(M // 5)])
write("secret", [rng.randint(0, 9) if i % 1000 else 500 + i // 1000 for i in range(M // 5)])
