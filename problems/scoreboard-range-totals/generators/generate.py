# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below (a Fenwick tree beside the scores).
import random


def solve(calls, args):
    scores = list(args[0][0])
    n = len(scores)
    tree = [0] * (n + 1)

    def add(i, d):
        i += 1
        while i <= n:
            tree[i] += d
            i += i & -i

    def prefix(i):
        s = 0
        while i:
            s += tree[i]
            i &= i - 1
        return s
    for i, v in enumerate(scores):
        add(i, v)
    out = [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "set":
            add(a[0], a[1] - scores[a[0]])
            scores[a[0]] = a[1]
            out.append(None)
        else:
            out.append(prefix(a[1] + 1) - prefix(a[0]))
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


def write(kind, scores, ops):
    calls = ["Scoreboard"] + [name for name, _ in ops]
    args = [[scores]] + [list(a) for _, a in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


clear_data()
rng = random.Random(7601)
V = 10**9


def random_ops(n, count, set_share=0.5, high=V, wide=False):
    ops = []
    for _ in range(count):
        if rng.random() < set_share:
            ops.append(("set", [rng.randrange(n), rng.randint(0, high)]))
        else:
            if wide:
                l, r = rng.randint(0, min(5, n - 1)), rng.randint(max(0, n - 6), n - 1)
            else:
                l = rng.randrange(n)
                r = rng.randint(l, min(n - 1, l + rng.choice([0, 1, 10, n])))
            ops.append(("total", [l, r]))
    return ops


write("sample", [4, 0, 7, 2], [("total", [0, 3]), ("set", [2, 1]), ("total", [1, 2]),
                               ("total", [2, 2])])
write("sample", [5], [("set", [0, 9]), ("set", [0, 9]), ("total", [0, 0]), ("set", [0, 0]),
                      ("total", [0, 0])])
write("secret", [0], [("total", [0, 0])])
write("secret", [V], [("total", [0, 0]), ("set", [0, 0]), ("total", [0, 0])])
write("secret", [1, 2, 3, 4, 5], [("total", [0, 4]), ("total", [4, 4]), ("total", [0, 0]),
                                  ("total", [1, 3])])
write("secret", [3, 3, 3], [("set", [1, 3]), ("total", [0, 2]), ("set", [1, 10]),
                            ("set", [1, 4]), ("total", [0, 2]), ("total", [1, 1])])
write("secret", [0] * 8, [("set", [i, i + 1]) for i in range(8)] +
      [("total", [l, r]) for l in range(8) for r in range(l, 8)])
write("secret", [V] * 16, [("total", [0, 15]), ("set", [7, 0]), ("total", [0, 15]),
                           ("total", [7, 7]), ("total", [0, 6]), ("total", [8, 15])])
write("secret", list(range(1, 11)), [("set", [9, 0]), ("total", [0, 9]), ("set", [0, 0]),
                                     ("total", [0, 9]), ("total", [1, 8])])
write("secret", [rng.randint(0, 9) for _ in range(30)], random_ops(30, 60, high=9))
write("secret", [rng.randint(0, V) for _ in range(100)], random_ops(100, 200))
write("secret", [rng.randint(0, V) for _ in range(1000)], random_ops(1000, 2000, 0.3))
write("secret", [rng.randint(0, 5) for _ in range(5000)], random_ops(5000, 5000, 0.7, 5))
# Repeated sets of the same team: adding instead of replacing drifts far.
write("secret", [7] * 50, [("set", [25, v]) for v in range(100)] + [("total", [0, 49])] * 3)
write("secret", [2, 4, 6, 8, 10, 12], [("total", [2, 5]), ("total", [0, 3]), ("set", [5, 0]),
                                      ("total", [5, 5]), ("total", [4, 5]), ("total", [0, 5])])
write("secret", [rng.randint(0, V) for _ in range(7)], [("total", [l, r]) for l in range(7) for r in range(l, 7)])
write("secret", [1] * 2, [("set", [1, V]), ("total", [1, 1]), ("set", [1, V]), ("total", [0, 1])])
# Maximum sizes: 10^5 teams; wide totals (slow for a summing loop), 10^5 calls, mostly sets
# (slow for rebuilt prefix sums), nested ranges.
N = 100000
write("secret", [rng.randint(0, V) for _ in range(N // 2)], random_ops(N // 2, 20000, 0.5, wide=True))
write("secret", [V] * (N // 2), [("total", [0, N // 2 - 1])] + random_ops(N // 2, 19999, 0.5, wide=True))
write("secret", [rng.randint(0, 100) for _ in range(N)], random_ops(N, 100000, 0.9, high=100))
write("secret", [0] * 20000, random_ops(20000, 30000, 0.1, wide=True))
write("secret", [rng.randint(0, V) for _ in range(10)], random_ops(10, 20000, 0.5))
write("secret", [rng.randint(0, V) for _ in range(3000)], random_ops(3000, 3000, 0.5))
write("secret", [rng.randint(0, 1) for _ in range(N)], [("total", [i, N - 1 - i]) for i in range(0, N // 2, 5)])
write("secret", [0] * 1, [("set", [0, rng.randint(0, V)]) if i % 2 else ("total", [0, 0]) for i in range(1000)])
