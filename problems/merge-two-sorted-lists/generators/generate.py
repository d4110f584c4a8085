# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(list1, list2):
    merged, i, j = [], 0, 0
    while i < len(list1) and j < len(list2):
        if list1[i] <= list2[j]:
            merged.append(list1[i])
            i += 1
        else:
            merged.append(list2[j])
            j += 1
    return merged + list1[i:] + list2[j:]


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

rng = random.Random(1502)


def sorted_list(n, low=-100000, high=100000):
    return sorted(rng.randint(low, high) for _ in range(n))


write("sample", [1, 4, 6], [2, 4, 5])
write("sample", [], [-3, 0])
write("sample", [-8, 10], [-8, -8, 3])
write("secret", [], [])
write("secret", [7], [])
write("secret", [], [7])
write("secret", [1], [2])
write("secret", [2], [1])
write("secret", [5], [5])
write("secret", [1, 2, 3], [4, 5, 6])
write("secret", [4, 5, 6], [1, 2, 3])
write("secret", [1, 3, 5, 7], [2, 4, 6, 8])
write("secret", [1, 1, 1], [1, 1])
write("secret", [-100000, 100000], [-100000, 0, 100000])
write("secret", [-5, -3, -1], [-4, -2, 0, 2, 4])
write("secret", [1], [0, 2, 3, 4, 5, 6])
write("secret", [10, 20, 30, 40, 50], [25])
write("secret", sorted_list(10, -5, 5), sorted_list(3, -5, 5))
write("secret", sorted_list(50), sorted_list(70))
write("secret", sorted_list(400), [])
write("secret", [], sorted_list(400))
write("secret", sorted_list(400), sorted_list(400))
write("secret", sorted_list(400, -3, 3), sorted_list(400, -3, 3))
write("secret", [0] * 400, [0] * 400)
write("secret", sorted_list(400, -100000, 0), sorted_list(400, 1, 100000))
write("secret", sorted_list(400, 1, 100000), sorted_list(399, -100000, 0))
write("secret", sorted_list(1), sorted_list(400))
write("secret", sorted_list(400), sorted_list(1))
write("secret", [-100000] * 200 + [100000] * 200, [0] * 400)
