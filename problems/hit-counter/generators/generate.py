# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import random
from bisect import bisect_right


def solve(calls, args):
    hits, out = [], [None]
    for name, (t,) in zip(calls[1:], args[1:]):
        if name == "hit":
            hits.append(t)
            out.append(None)
        else:
            out.append(len(hits) - bisect_right(hits, t - 300))
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
    calls = ["HitCounter"] + [name for name, _ in ops]
    args = [[]] + [[t] for _, t in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


clear_data()
rng = random.Random(8601)
T = 2 * 10**9


def stream(n, start=1, gaps=(0, 1, 5, 60, 299, 300, 301, 1000), hit_share=0.6):
    ops, t = [], start
    for _ in range(n):
        t = min(T, t + rng.choice(gaps))
        ops.append(("hit" if rng.random() < hit_share else "count", t))
    return ops


write("sample", [("hit", 1), ("hit", 2), ("hit", 3), ("count", 4), ("hit", 300), ("count", 300),
                 ("count", 301), ("count", 599), ("count", 600)])
write("sample", [("hit", 10), ("hit", 10), ("count", 10), ("count", 309), ("count", 310)])
write("secret", [("count", 1)])
write("secret", [("hit", 1), ("count", 1)])
write("secret", [("hit", T), ("count", T)])
write("secret", [("hit", T - 300), ("hit", T - 299), ("count", T)])
write("secret", [("hit", 5)] * 10 + [("count", 5), ("count", 304), ("count", 305)])
write("secret", [("hit", 1), ("count", 300), ("count", 301), ("hit", 301), ("count", 600),
                 ("count", 601)])
write("secret", [("count", 7), ("count", 8), ("hit", 9), ("count", 10**6)])
write("secret", [("hit", t) for t in range(1, 601)] + [("count", t) for t in range(600, 901, 50)])
write("secret", [("hit", 100), ("count", 100), ("hit", 10**9), ("count", 10**9),
                 ("count", 10**9 + 299), ("count", 10**9 + 300)])
write("secret", stream(50))
write("secret", [("hit", 1000), ("count", 1299), ("hit", 1299), ("count", 1300), ("count", 1598), ("count", 1599)])
write("secret", stream(200, gaps=(0, 1, 2)))
write("secret", stream(1000, gaps=(298, 299, 300, 301)))
write("secret", stream(2000, start=T - 10**5))
write("secret", stream(5000, hit_share=0.2))
# Maximum sizes: 10^5 calls, bursts within one second; then 10^4 calls: a steady stream, long
# quiet gaps, counts far after the last hit, times near the upper bound.
N = 100000
write("secret", stream(N, gaps=(0, 0, 0, 1)))
write("secret", [("hit", 1)] * (N - 1) + [("count", 300)])
M = 10000
write("secret", stream(M, gaps=(1,)))
write("secret", stream(M, gaps=(0, 3, 10**4), hit_share=0.5))
write("secret", [("hit", 1)] * (M // 2) + [("count", t) for t in range(250, 250 + M // 2)])
write("secret", stream(M, start=T - 3 * 10**5, gaps=(0, 1, 2, 3, 4, 5)))
write("secret", [("hit" if i % 2 else "count", 1 + i // 3) for i in range(M)])
write("secret", stream(M, gaps=(0, 299, 300), hit_share=0.9))
