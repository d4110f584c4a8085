# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (checked against sorting every combo when
# there are few enough of them).
import random
from bisect import bisect_right


def solve(mains, drinks, k):
    short, long_ = sorted((mains, drinks), key=len)

    def at_most(x):  # combos priced <= x
        return sum(bisect_right(long_, x - a) for a in short)

    lo, hi = mains[0] + drinks[0], mains[-1] + drinks[-1]
    while lo < hi:
        mid = (lo + hi) // 2
        if at_most(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    if len(mains) * len(drinks) <= 10**6:
        assert lo == sorted(a + b for a in mains for b in drinks)[k - 1]
    return lo


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


def write(kind, mains, drinks, k):
    write_json_test(kind, [mains, drinks, k], solve(mains, drinks, k))


clear_data()
rng = random.Random(19301)
TOP = 10**9


def prices(n, low=0, high=TOP):
    return sorted(rng.randint(low, high) for _ in range(n))


write("sample", [3, 5, 9], [1, 2, 6], 4)
write("sample", [2, 2], [3, 8], 2)
write("sample", [10], [0, 5, 5], 3)
write("secret", [0], [0], 1)
write("secret", [TOP], [TOP], 1)
write("secret", [0, TOP], [0, TOP], 2)
write("secret", [0, TOP], [0, TOP], 4)
write("secret", [1, 2, 3, 4, 5], [100], 5)
write("secret", [7], [1, 1, 1, 2, 2, 9], 4)
write("secret", [4, 4, 4], [6, 6, 6], 7)
write("secret", [1, 3, 5, 7], [2, 4, 6, 8], 9)
write("secret", [0, 10, 20, 30], [0, 1, 2, 3], 11)
write("secret", prices(10, 0, 20), prices(10, 0, 20), 37)
write("secret", prices(30), prices(40), 1)
write("secret", prices(30), prices(40), 1200)
write("secret", prices(100), prices(100), 5000)
write("secret", prices(1000, 0, 50), prices(700, 0, 50), 350000)
write("secret", prices(1000), prices(1000), 123457)
# Large: one side tiny, the other long; wide gaps between prices (a midpoint is rarely a real
# combo price); the cheapest and the dearest combo.
write("secret", prices(2), prices(15000), 20001)
write("secret", prices(15000), [5], 7500)
write("secret", sorted(rng.randint(0, 1000) * 10**6 for _ in range(10000)), prices(20), 100000)
write("secret", prices(5000), prices(5000), 1)
write("secret", prices(5000), prices(5000), 5000 * 5000)
write("secret", prices(10000), prices(10000), 10000 * 10000 // 2 + 17)
# Maximum size: 5 · 10^4 of each, so 2.5 · 10^9 combos; k in the middle and near the ends.
N = 50000
write("secret", prices(N, 0, 99999), prices(N, 0, 99999), N * N // 2)
write("secret", prices(N, 0, 9), prices(N, 0, 9), rng.randint(1, N * N))
write("secret", [i * 2 for i in range(N)], [3] * N, N * N - 7)
