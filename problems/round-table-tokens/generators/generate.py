# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the two-pass greedy below, checked on smaller tests against relaxing the
# neighbour rules until nothing changes.
import random


def fewest(scores):
    """Cut the circle at a lowest score (nobody is below it, so no rule passes through it),
    repeat that guest at both ends of the row, and run the row's two passes."""
    n = len(scores)
    m = scores.index(min(scores))
    row = scores[m:] + scores[:m] + [scores[m]]
    tokens = [1] * (n + 1)
    for i in range(1, n + 1):
        if row[i] > row[i - 1]:
            tokens[i] = tokens[i - 1] + 1
    for i in range(n - 1, -1, -1):
        if row[i] > row[i + 1]:
            tokens[i] = max(tokens[i], tokens[i + 1] + 1)
    assert tokens[0] == tokens[n] == 1
    return sum(tokens) - 1


def relax(scores):
    """Start everyone at 1 and raise whoever breaks a rule until nobody does."""
    n = len(scores)
    tokens = [1] * n
    changed = n > 1
    while changed:
        changed = False
        for i in range(n):
            for j in ((i - 1) % n, (i + 1) % n):
                if scores[i] > scores[j] and tokens[i] <= tokens[j]:
                    tokens[i] = tokens[j] + 1
                    changed = True
    return sum(tokens)


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


def write(kind, scores):
    answer = fewest(scores)
    if len(scores) <= 400:
        assert answer == relax(scores)
    write_json_test(kind, [scores], answer)


clear_data()
rng = random.Random(16301)
V = 10**9
write("sample", [3, 1, 2])
write("sample", [5, 5, 5, 5])
write("sample", [2, 4, 4, 1, 3])
write("secret", [7])
write("secret", [V])
write("secret", [4, 4])
write("secret", [0, V])
write("secret", [V, 0])
write("secret", [1, 2, 3])
write("secret", [3, 2, 1])
write("secret", [1, 2, 3, 4, 5, 6])
write("secret", [6, 5, 4, 3, 2, 1])
# A row's two passes get these wrong: the ends are neighbours.
write("secret", [4, 5, 6, 1, 2, 3])
write("secret", [2, 1, 9, 8, 7])
write("secret", [1, 3, 5, 3, 1, 2, 4, 6, 4, 2])
write("secret", [5, 1, 1, 5, 5, 2, 2, 2, 9])
for n, high in [(7, 3), (12, 5), (40, 10), (200, 1000), (400, 2)]:
    write("secret", [rng.randint(0, high) for _ in range(n)])
# Maximum sizes, n = 10^5: rising all the way round (one guest gets n tokens; the total,
# n(n + 1)/2, passes 2^31 - 1), the same falling and started mid-slope, all equal,
# random scores up to 10^9, only three distinct scores, and slopes of random lengths.
N = 10**5
write("secret", list(range(N)))
write("secret", list(range(N, 0, -1)))
write("secret", list(range(N // 3, N)) + list(range(N // 3)))
write("secret", [42] * N)
write("secret", [rng.randint(0, V) for _ in range(N)])
write("secret", [rng.randint(0, 2) for _ in range(N)])
slopes = []
while len(slopes) < N:
    length = rng.randint(1, 2000)
    top = rng.randint(length, 10**4)
    step = rng.choice((1, -1))
    slopes += [top - step * i for i in range(length)] if step == 1 else [top - length + i for i in range(length)]
write("secret", slopes[:N])
