# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import json
import random
import shutil
from collections import OrderedDict
from pathlib import Path


def solve(calls, args):
    cache, capacity, out = OrderedDict(), args[0][0], [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "get":
            if a[0] in cache:
                cache.move_to_end(a[0])
            out.append(cache.get(a[0], -1))
        else:
            if a[0] in cache:
                cache.move_to_end(a[0])
            elif len(cache) == capacity:
                cache.popitem(last=False)
            cache[a[0]] = a[1]
            out.append(None)
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


def write(kind, capacity, ops):
    """One test: the constructor, then `ops`, each (name, args)."""
    calls = ["LRUCache"] + [name for name, _ in ops]
    args = [[capacity]] + [list(a) for _, a in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


def random_ops(n, keys, get_share=0.5, values=100000):
    ops = []
    for _ in range(n):
        key = rng.randint(0, keys)
        if rng.random() < get_share:
            ops.append(("get", [key]))
        else:
            ops.append(("put", [key, rng.randint(0, values)]))
    return ops


clear_data()
rng = random.Random(2601)

write("sample", 2, [("put", [5, 50]), ("put", [8, 80]), ("get", [5]), ("put", [3, 30]),
                    ("get", [8]), ("get", [3])])
write("sample", 1, [("put", [4, 1]), ("put", [4, 7]), ("put", [6, 2]), ("get", [4]),
                    ("put", [6, 9]), ("get", [6]), ("get", [4])])
# Small edge cases.
write("secret", 1, [("get", [0])])
write("secret", 1, [("put", [0, 0]), ("get", [0]), ("put", [10000, 100000]), ("get", [0]),
                    ("get", [10000])])
write("secret", 2, [("put", [1, 1]), ("put", [2, 2]), ("get", [1]), ("put", [3, 3]),
                    ("get", [2]), ("get", [1]), ("get", [3])])
# A read refreshes a key: FIFO eviction fails here.
write("secret", 3, [("put", [1, 10]), ("put", [2, 20]), ("put", [3, 30]), ("get", [1]),
                    ("put", [4, 40]), ("get", [1]), ("get", [2]), ("get", [3]), ("get", [4])])
# An update refreshes a key and does not evict.
write("secret", 2, [("put", [7, 1]), ("put", [8, 2]), ("put", [7, 3]), ("put", [9, 4]),
                    ("get", [7]), ("get", [8]), ("get", [9])])
write("secret", 2, [("put", [7, 1]), ("put", [8, 2]), ("put", [8, 5]), ("put", [8, 6]),
                    ("get", [7]), ("get", [8])])
# A missed get is not a use.
write("secret", 2, [("put", [1, 1]), ("put", [2, 2]), ("get", [3]), ("put", [3, 3]),
                    ("get", [1]), ("get", [2]), ("get", [3])])
write("secret", 1, [("put", [5, 5]), ("get", [5]), ("get", [5]), ("put", [6, 6]),
                    ("get", [5]), ("get", [6])])
write("secret", 3, [("get", [1]), ("get", [2]), ("get", [3])])
write("secret", 2, [("put", [0, 0]), ("put", [0, 0]), ("get", [0]), ("put", [1, 0]),
                    ("put", [2, 0]), ("get", [0]), ("get", [1]), ("get", [2])])
# Keys and values at their bounds.
write("secret", 2, [("put", [10000, 100000]), ("put", [0, 100000]), ("get", [10000]),
                    ("put", [9999, 0]), ("get", [0]), ("get", [9999]), ("get", [10000])])
write("secret", 4, [("put", [k, k]) for k in range(8)] + [("get", [k]) for k in range(8)])
# Random small ones, many evictions.
for capacity, n, keys in [(1, 40, 3), (2, 60, 5), (3, 80, 6), (5, 200, 12), (10, 300, 20)]:
    write("secret", capacity, random_ops(n, keys))
# Only puts, then only gets: which keys survived?
puts = [("put", [k, k * 3]) for k in range(100)]
write("secret", 37, puts + [("get", [k]) for k in range(100)])
# Capacity larger than the number of keys: nothing is ever evicted.
write("secret", 3000, random_ops(2000, 500))
# Maximum sizes: 5*10^4 calls.
write("secret", 3000, random_ops(49999, 10000))
write("secret", 1, random_ops(49999, 3))
write("secret", 1000, random_ops(20000, 1500, get_share=0.7))
write("secret", 2999, random_ops(20000, 3100, get_share=0.3))
# Cycling through capacity + 1 keys with reads between: every read of an LRU cache misses.
cycle = []
for i in range(10000):
    cycle.append(("put", [i % 3001, i]))
    cycle.append(("get", [(i + 1) % 3001]))
write("secret", 3000, cycle)
