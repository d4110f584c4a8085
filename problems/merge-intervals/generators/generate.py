# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def random_intervals(n, low, high, longest):
    out = []
    for _ in range(n):
        s = rng.randint(low, high)
        out.append([s, min(high, s + rng.randint(0, longest))])
    return out


clear_data()
rng = random.Random(2801)
BIG = 10**9

write("sample", [[9, 12], [1, 4], [3, 7], [15, 15]])
write("sample", [[4, 6], [1, 4], [-3, -2]])
write("sample", [[2, 9], [3, 4], [5, 5]])
write("secret", [])
write("secret", [[5, 7]])
write("secret", [[0, 0]])
write("secret", [[3, 3], [3, 3], [3, 3]])
write("secret", [[1, 2], [3, 4], [5, 6]])
write("secret", [[5, 6], [3, 4], [1, 2]])
write("secret", [[1, 2], [2, 3], [3, 4], [4, 5]])
write("secret", [[1, 10], [2, 3], [4, 5], [11, 12]])
write("secret", [[1, 4], [0, 0]])
write("secret", [[-BIG, BIG], [0, 1], [-5, 5]])
write("secret", [[-BIG, -BIG], [BIG, BIG]])
write("secret", [[-BIG, 0], [0, BIG]])
write("secret", [[-10, -5], [-6, -1], [-20, -15], [-15, -11]])
write("secret", [[1, 5], [1, 3], [1, 7], [1, 2]])
# Chains: each interval reaches the next one only, given in reverse order.
write("secret", [[i, i + 1] for i in range(200, 0, -1)])
# Nested: each contains the next.
write("secret", [[-i, i] for i in range(1, 300)][::-1])
# Random small ones.
for n, span, longest in [(10, 30, 5), (50, 200, 10), (200, 1000, 8), (1000, 10**6, 500)]:
    write("secret", random_intervals(n, -span, span, longest))
# Maximum sizes: 10^4 intervals.
write("secret", random_intervals(10000, -BIG, BIG, 10**5))
write("secret", random_intervals(10000, -BIG, BIG, 2 * 10**5))
write("secret", random_intervals(10000, -100000, 100000, 20))
write("secret", [[BIG - i, BIG] for i in range(10000)])
gaps = [[2 * i, 2 * i] for i in range(-5000, 5000)]
rng.shuffle(gaps)
write("secret", gaps)
touching = [[3 * i, 3 * i + 3] for i in range(-5000, 5000)]
rng.shuffle(touching)
write("secret", touching)
