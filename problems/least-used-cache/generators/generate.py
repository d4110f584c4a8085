# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import OrderedDict, defaultdict


class LeastUsedCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.value, self.count = {}, {}
        self.groups = defaultdict(OrderedDict)
        self.low = 0

    def _use(self, key):
        f = self.count[key]
        del self.groups[f][key]
        if not self.groups[f] and self.low == f:
            self.low = f + 1
        self.count[key] = f + 1
        self.groups[f + 1][key] = None

    def get(self, key):
        if key not in self.value:
            return -1
        self._use(key)
        return self.value[key]

    def put(self, key, value):
        if key in self.value:
            self.value[key] = value
            self._use(key)
            return None
        if len(self.value) == self.capacity:
            victim, _ = self.groups[self.low].popitem(last=False)
            del self.value[victim], self.count[victim]
        self.value[key], self.count[key] = value, 1
        self.groups[1][key] = None
        self.low = 1
        return None


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


def write(kind, capacity, calls):
    cache = LeastUsedCache(capacity)
    names, args, out = ["LeastUsedCache"], [[capacity]], [None]
    for call in calls:
        names.append(call[0])
        args.append(list(call[1:]))
        out.append(getattr(cache, call[0])(*call[1:]))
    write_test(kind, dump({"calls": names, "args": args}) + "\n", dump(out) + "\n")


clear_data()
rng = random.Random(14801)


def session(count, keys, p_put=0.5, hot=None):
    calls = []
    for _ in range(count):
        k = rng.choice(hot) if hot and rng.random() < 0.5 else rng.randint(0, keys)
        if rng.random() < p_put:
            calls.append(("put", k, rng.randint(0, 10**9)))
        else:
            calls.append(("get", k))
    return calls


write("sample", 2, [("put", 1, 10), ("put", 2, 20), ("get", 1), ("put", 3, 30), ("get", 2),
                    ("get", 3), ("put", 4, 40), ("get", 1), ("get", 3), ("get", 4)])
write("sample", 1, [("put", 7, 1), ("put", 7, 2), ("get", 7), ("put", 8, 3)])
write("secret", 1, [("get", 0)])
write("secret", 1, [("put", 0, 0), ("get", 0), ("put", 1, 1), ("get", 0), ("get", 1)])
# put on a present key is a use: key 1 (put twice) must outlive key 2 (put once).
write("secret", 2, [("put", 1, 1), ("put", 2, 2), ("put", 1, 5), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)])
# Ties broken by last use, not by insertion.
write("secret", 2, [("put", 1, 1), ("put", 2, 2), ("get", 2), ("get", 1), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)])
write("secret", 3, [("put", 1, 1), ("put", 2, 2), ("put", 3, 3), ("get", 1), ("get", 1), ("get", 2),
                    ("put", 4, 4), ("get", 3), ("put", 5, 5), ("get", 4), ("get", 2), ("get", 1)])
# A removed key starts again at one use.
write("secret", 1, [("put", 1, 1), ("get", 1), ("get", 1), ("put", 2, 2), ("put", 1, 9), ("get", 1), ("get", 2)])
write("secret", 2, [("get", 5), ("put", 5, 10**9), ("get", 5), ("put", 10**5, 0), ("get", 10**5)])
for cap, count, keys in ((2, 30, 5), (3, 60, 8), (5, 200, 12), (10, 500, 30), (50, 2000, 200)):
    write("secret", cap, session(count, keys))
write("secret", 4, session(300, 10, 0.3, hot=[1, 2]))
write("secret", 100, session(1000, 1000, 0.7))
# Maximum sizes: 2·10^4 calls; a large cache under churn, a small cache with hot keys, a cache
# that never fills, and a flood of new keys (every put evicts).
M = 2 * 10**4
write("secret", 10**4, session(M, 10**5, 0.6))
write("secret", 100, session(M // 2, 2000, 0.5, hot=list(range(50))))
write("secret", 10**4, session(5000, 5000, 0.5))
write("secret", 1000, [("put", k, k) for k in range(5000)])
write("secret", 3, session(3000, 6, 0.5))
write("secret", 2000, [("put", k % 2500, k) if k % 3 else ("get", (k * 7) % 2500) for k in range(5000)])
for _ in range(3):
    write("secret", rng.randint(1, 4), session(rng.randint(1, 40), 6))
