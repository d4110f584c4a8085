# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import deque


def solve(readings, limit):
    highs, lows = deque(), deque()  # indices; readings decreasing / increasing front to back
    left = best = 0
    for right, x in enumerate(readings):
        while highs and readings[highs[-1]] <= x:
            highs.pop()
        highs.append(right)
        while lows and readings[lows[-1]] >= x:
            lows.pop()
        lows.append(right)
        while readings[highs[0]] - readings[lows[0]] > limit:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        best = max(best, right - left + 1)
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


def write(kind, readings, limit):
    write_json_test(kind, [readings, limit], solve(readings, limit))


clear_data()
rng = random.Random(19101)
TOP = 10**9


def walk(n, low, high, step):
    """A drifting sensor: each reading moves at most `step` from the last, kept in low..high."""
    x, out = rng.randint(low, high), []
    for _ in range(n):
        x = min(high, max(low, x + rng.randint(-step, step)))
        out.append(x)
    return out


write("sample", [12, 15, 11, 30, 31, 29, 33, 10], 4)
write("sample", [6, 1, 6, 1], 0)
write("sample", [4, 4, 4], 0)
write("secret", [0], 0)
write("secret", [TOP], TOP)
write("secret", [0, TOP], TOP)
write("secret", [0, TOP], TOP - 1)
write("secret", [TOP, TOP, 0, TOP, TOP, TOP], 0)
write("secret", list(range(1, 21)), 5)
write("secret", list(range(20, 0, -1)), 0)
write("secret", [5, 5, 1, 5, 5, 9, 5, 5, 5], 0)
write("secret", [3, 8, 3, 8, 3, 8, 2, 8], 5)
write("secret", [9, 1, 9, 1, 9, 1, 9, 1], 7)
write("secret", [rng.randint(0, 3) for _ in range(30)], 1)
write("secret", [rng.randint(0, 3) for _ in range(30)], 0)
write("secret", [rng.randint(0, 10) for _ in range(200)], 4)
write("secret", [rng.randint(0, TOP) for _ in range(200)], TOP // 2)
write("secret", walk(2000, 0, 500, 5), 20)
write("secret", [rng.randint(0, 50) for _ in range(1000)], 10)
write("secret", [rng.randint(TOP - 100, TOP) for _ in range(10000)], 60)
write("secret", walk(10000, 0, TOP, 10**6), 5 * 10**6)
write("secret", [i // 20 for i in range(50000)], 350)
write("secret", [rng.randint(0, 9) for _ in range(50000)], 8)
write("secret", walk(100000, 0, 99, 2), 40)
# Maximum size, 2 · 10^5 minutes: one long steady run (or the whole log), drifting readings,
# jumpy readings with a short answer.
N = 200000
write("secret", [7] * N, 0)
write("secret", [rng.randint(0, 9) for _ in range(N)], 9)
write("secret", [rng.randint(0, 9) for _ in range(N // 3)] + [TOP] + [rng.randint(0, 9) for _ in range(N - N // 3 - 1)], 9)
write("secret", [rng.choice([1, 2, 2, 3]) for _ in range(N // 2)] + [rng.choice([0, 9]) for _ in range(N // 2)], 2)
