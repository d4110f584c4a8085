# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(lists):
    return sorted(v for values in lists for v in values)


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


clear_data()

rng = random.Random(1512)


def sorted_list(n, low=-10000, high=10000):
    return sorted(rng.randint(low, high) for _ in range(n))


def split_into(total, k, low=-10000, high=10000, longest=500):
    """k sorted lists with `total` nodes in all, none longer than `longest`."""
    sizes = [0] * k
    for _ in range(total):
        i = rng.randrange(k)
        while sizes[i] == longest:
            i = rng.randrange(k)
        sizes[i] += 1
    return [sorted_list(s, low, high) for s in sizes]


write("sample", [[2, 6, 9], [1, 4], [3, 5, 7]])
write("sample", [[], [0, 0], []])
write("sample", [[5], [-1, 5], [], [-3, -1, 8]])
write("secret", [])
write("secret", [[]])
write("secret", [[], []])
write("secret", [[5]])
write("secret", [[1], [1]])
write("secret", [[3], [2], [1]])
write("secret", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
write("secret", [[7, 8, 9], [4, 5, 6], [1, 2, 3]])
write("secret", [[-10000, 10000], [-10000, 10000], [0]])
write("secret", [[1, 1, 1], [1, 1], [1]])
write("secret", [[], [], [], [-3], [], []])
write("secret", [[-5, -4], [-3, 0, 2], [], [1]])
write("secret", split_into(50, 5))
write("secret", split_into(200, 20, -5, 5))
write("secret", [sorted_list(500)])
write("secret", [[]] * 10000)
# Maximum sizes: 10^4 nodes in all, spread over many short lists, a few long ones, one-node
# lists, and heavy ties.
write("secret", [[v] for v in (rng.randint(-10000, 10000) for _ in range(10000))])
write("secret", split_into(10000, 20))
write("secret", split_into(10000, 1000))
write("secret", split_into(10000, 10000))
write("secret", split_into(10000, 100, -3, 3))
write("secret", [[0] * 500 for _ in range(20)])
write("secret", [sorted_list(500, 10000 - 500 * (i + 1), 10000 - 500 * i) for i in range(20)])
write("secret", [list(range(-10000 + i, -10000 + i + 20 * 500, 20)) for i in range(20)])
write("secret", split_into(9999, 10000))
