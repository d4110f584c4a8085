# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from collections import Counter
from pathlib import Path


def solve(nums):
    return next(v for v, c in Counter(nums).items() if c == 1)


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


LOW, HIGH = -2**31, 2**31 - 1


def case(pairs, lonely=None, low=LOW, high=HIGH, order="shuffle"):
    """`pairs` distinct twins and one lonely value, all different, in the given order."""
    values = set()
    while len(values) < pairs + 1:
        values.add(rng.randint(low, high))
    values = list(values)
    if lonely is None:
        lonely = values.pop()
    else:
        values = [v for v in values if v != lonely][:pairs]
    nums = values * 2 + [lonely]
    if order == "shuffle":
        rng.shuffle(nums)
    elif order == "sorted":
        nums.sort()
    return nums


clear_data()
rng = random.Random(3401)

write("sample", [4, -1, 2, -1, 4])
write("sample", [7])
write("sample", [0, LOW, 0])
write("secret", [0])
write("secret", [LOW])
write("secret", [HIGH])
write("secret", [1, 1, 2])
write("secret", [2, 1, 1])
write("secret", [HIGH, LOW, HIGH])
write("secret", [LOW, LOW, HIGH, HIGH, -1])
write("secret", [-1, -1, 0, 0, 1])
write("secret", [3, 5, 3, 5, 4, 6, 6])
# The lonely value is the largest and comes last once sorted.
write("secret", case(10, HIGH, order="sorted"))
write("secret", case(10, -5, low=-100, high=-6, order="sorted"))
# ... or the smallest, and first.
write("secret", case(10, LOW, order="sorted"))
for pairs, low, high in [(20, -50, 50), (100, -10**9, 10**9), (500, 0, 1000)]:
    write("secret", case(pairs, low=low, high=high))
# Maximum sizes: 2*10^4 - 1 values.
write("secret", case(9999))
write("secret", case(9999, order="sorted"))
write("secret", case(9999, HIGH, order="sorted"))
write("secret", case(9999, low=-10000, high=10000))
write("secret", case(9999, 0, order="sorted"))
twins = [v for v in range(1, 10000) for _ in range(2)]
write("secret", twins + [LOW])
write("secret", [LOW] + twins[::-1])
