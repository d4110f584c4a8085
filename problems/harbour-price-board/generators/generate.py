# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below (a sorted list of the board's current prices).
import random
from bisect import bisect_left, insort


def solve(calls, args):
    at, prices, last, out = {}, [], 0, [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "record":
            time, price = a
            if time in at:
                del prices[bisect_left(prices, at[time])]
            at[time] = price
            insort(prices, price)
            last = max(last, time)
            out.append(None)
        elif name == "latest":
            out.append(at[last])
        elif name == "highest":
            out.append(prices[-1])
        else:
            out.append(prices[0])
    return out


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


def write(kind, ops):
    """ops: ("record", time, price) or ("latest",), ("highest",), ("lowest",)."""
    calls = ["PriceBoard"] + [op[0] for op in ops]
    args = [[]] + [list(op[1:]) for op in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


clear_data()
rng = random.Random(19401)
T, P = 10**9, 10**6
ASK = [("latest",), ("highest",), ("lowest",)]


def session(n, times, prices=(1, P), p_record=0.5):
    """n calls; times from `times` (a range) or a callable; the first call records."""
    ops = []
    for i in range(n):
        if i == 0 or rng.random() < p_record:
            t = times() if callable(times) else rng.choice(times)
            ops.append(("record", t, rng.randint(*prices)))
        else:
            ops.append(rng.choice(ASK))
    return ops


write("sample", [("record", 5, 120), ("record", 2, 180), ("latest",), ("highest",), ("record", 2, 70),
                 ("highest",), ("lowest",), ("record", 9, 150), ("latest",)])
write("sample", [("record", 1, 50), ("record", 3, 50), ("record", 1, 60), ("lowest",), ("record", 3, 250),
                 ("latest",), ("highest",), ("lowest",)])
write("secret", [("record", 1, 1)] + ASK)
write("secret", [("record", T, P)] + ASK + [("record", 1, 1)] + ASK)
write("secret", [("record", 7, 40), ("record", 7, 40), ("record", 7, 41)] + ASK)
# The latest time corrected, then a later time arriving, then the older times corrected.
write("secret", [("record", 10, 500), ("latest",), ("record", 10, 300), ("latest",), ("highest",),
                 ("record", 4, 900), ("latest",), ("highest",), ("record", 4, 100), ("lowest",),
                 ("highest",), ("record", 11, 200), ("latest",), ("record", 10, 50)] + ASK)
# Readings in falling time order: latest() keeps answering the first one.
write("secret", [op for t in range(50, 0, -1) for op in (("record", t, rng.randint(1, 100)), ("latest",))])
# Several times share the highest price; correcting them one by one.
write("secret", [("record", t, 999) for t in range(1, 6)] + [("record", 6, 5)]
      + [op for t in range(1, 6) for op in (("record", t, 10 * t), ("highest",), ("lowest",))])
# Corrections to the same price, and back and forth.
write("secret", [("record", 3, 8), ("record", 3, 8), ("highest",), ("record", 3, 9), ("record", 3, 8)] + ASK)
write("secret", session(20, range(1, 4), (1, 10)))
write("secret", session(60, range(1, 10), (1, 30)))
write("secret", session(300, range(1, 40)))
write("secret", session(1000, lambda: rng.randint(1, T), p_record=0.3))
write("secret", session(2000, range(1, 6), (1, 4), p_record=0.7))
write("secret", session(5000, range(1, 200), (P - 50, P)))
for _ in range(5):
    write("secret", session(rng.randint(5, 40), range(1, rng.randint(2, 8)), (1, rng.randint(1, 20))))
# Maximum sizes: 2·10^4 calls. Heavy corrections over few times; no corrections with times
# far apart; every time first recorded at the top price and then corrected downwards (the old
# highest prices must all be forgotten); a steady rise in time and price; corrections that
# only ever raise prices.
M = 2 * 10**4
write("secret", session(M, range(1, 500)))
write("secret", session(M, lambda: rng.randint(1, T), p_record=0.6))
K = M // 4
write("secret", [("record", t, P) for t in range(1, K + 1)]
      + [op for t in range(1, K + 1) for op in (("record", t, P - t), ("highest",), ("lowest",))][:M - K])
write("secret", [("record", t, t) if t % 2 else rng.choice(ASK) for t in range(1, M + 1)])
write("secret", [("record", rng.randint(1, 100), i // 2 + 1) if i % 2 == 0 else ("lowest",)
                 for i in range(M)])
