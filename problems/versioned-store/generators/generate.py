# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import json
import random
import shutil
import string
from bisect import bisect_right
from pathlib import Path


def solve(calls, args):
    times, values, out = {}, {}, [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "set":
            times.setdefault(a[0], []).append(a[2])
            values.setdefault(a[0], []).append(a[1])
            out.append(None)
        else:
            i = bisect_right(times.get(a[0], []), a[1])
            out.append(values[a[0]][i - 1] if i else "")
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
    """One test: the constructor, then `ops`, each (name, args)."""
    calls = ["VersionedStore"] + [name for name, _ in ops]
    args = [[]] + [list(a) for _, a in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


ALPHABET = string.ascii_lowercase + string.digits


def token(low=1, high=20):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high)))


def random_ops(n, keys, set_share=0.5, step=(1, 500), value_len=(1, 20)):
    names = [token(1, 20) for _ in range(keys)]
    now, ops = 0, []
    for _ in range(n):
        if rng.random() < set_share and now + step[1] <= 10**7:
            now += rng.randint(*step)
            ops.append(("set", [rng.choice(names), token(*value_len), now]))
        else:
            key = rng.choice(names) if rng.random() < 0.9 else token()
            t = rng.choice([now, max(1, now - rng.randint(0, 2000)), rng.randint(1, 10**7),
                            max(1, now + rng.randint(-5, 5))])
            ops.append(("get", [key, min(max(t, 1), 10**7)]))
    return ops


clear_data()
rng = random.Random(3701)

write("sample", [("set", ["lamp", "off", 3]), ("get", ["lamp", 3]), ("get", ["lamp", 2]),
                 ("set", ["lamp", "on", 8]), ("get", ["lamp", 7]), ("get", ["lamp", 8]),
                 ("get", ["lamp", 100])])
write("sample", [("set", ["a", "x", 1]), ("set", ["b", "y", 2]), ("get", ["b", 1]),
                 ("get", ["a", 2]), ("get", ["c", 5])])
write("secret", [("get", ["k", 1])])
write("secret", [("set", ["k", "v", 1]), ("get", ["k", 1]), ("get", ["k", 10**7])])
write("secret", [("set", ["k", "v", 10**7]), ("get", ["k", 10**7 - 1]), ("get", ["k", 10**7])])
write("secret", [("set", ["k", "a", 1]), ("set", ["k", "b", 2]), ("set", ["k", "c", 3]),
                 ("get", ["k", 1]), ("get", ["k", 2]), ("get", ["k", 3]), ("get", ["k", 4])])
# The same value twice, and a key that looks like a value.
write("secret", [("set", ["x", "y", 5]), ("set", ["y", "x", 6]), ("set", ["x", "y", 9]),
                 ("get", ["y", 5]), ("get", ["x", 8]), ("get", ["y", 6]), ("get", ["x", 4])])
# Queries between versions: exact-match answers fail here.
write("secret", [("set", ["t", "v10", 10]), ("set", ["t", "v20", 20]), ("set", ["t", "v30", 30]),
                 ("get", ["t", 9]), ("get", ["t", 15]), ("get", ["t", 25]), ("get", ["t", 35]),
                 ("get", ["t", 19]), ("get", ["t", 21])])
write("secret", [("set", ["a" * 20, "9" * 20, 1]), ("get", ["a" * 20, 1]),
                 ("get", ["a" * 19, 1])])
write("secret", [("set", [str(i), str(i * i), i]) for i in range(1, 40)] +
      [("get", [str(i), 40 - i]) for i in range(1, 40)])
# Many keys, one version each, asked before and after.
write("secret", [("set", [f"k{i}", f"v{i}", 100 * i]) for i in range(1, 30)] +
      [("get", [f"k{i}", 100 * i + d]) for i in range(1, 30) for d in (-1, 0)])
# Timestamps far apart; queries at both ends of the range.
write("secret", [("set", ["w", "first", 1]), ("set", ["w", "last", 10**7 - 1]),
                 ("get", ["w", 1]), ("get", ["w", 5 * 10**6]), ("get", ["w", 10**7])])
# A key set once and queried many times, some in the past.
write("secret", [("set", ["only", "v", 50])] + [("get", ["only", t]) for t in range(45, 56)])
# Keys that differ in one character.
write("secret", [("set", ["abc1", "p", 1]), ("set", ["abc2", "q", 2]), ("get", ["abc1", 2]),
                 ("get", ["abc2", 1]), ("get", ["abc3", 3]), ("get", ["abc", 3])])
# Random small and medium tests.
for n, keys in [(30, 2), (100, 5), (500, 1), (1000, 50), (2000, 300)]:
    write("secret", random_ops(n, keys))
# Maximum sizes: 10^4 calls, many versions of few keys (long binary searches).
write("secret", random_ops(10000, 1, value_len=(1, 4)))
write("secret", random_ops(10000, 3, set_share=0.3, value_len=(1, 4)))
write("secret", random_ops(10000, 2000, step=(1, 400), value_len=(1, 6)))
write("secret", [("set", ["k", f"v{i}", 2 * i]) for i in range(1, 5001)] +
      [("get", ["k", rng.randint(1, 10001)]) for _ in range(5000)])
write("secret", [("set", ["key", str(i), i * 1000]) for i in range(1, 5001)] +
      [("get", ["key", i * 1000 - 1]) for i in range(1, 5001)])
write("secret", [("get", [token(), rng.randint(1, 10**7)]) for _ in range(10000)])
