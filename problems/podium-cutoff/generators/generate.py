# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the heap below.
import heapq
import random

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


def answers(k, scores, submits):
    heap = sorted(scores, reverse=True)[:k]
    heapq.heapify(heap)
    out = [None]
    for s in submits:
        heapq.heappush(heap, s)
        if len(heap) > k:
            heapq.heappop(heap)
        out.append(heap[0])
    return out


def write(kind, k, scores, submits):
    test = {"calls": ["PodiumCutoff"] + ["submit"] * len(submits),
            "args": [[k, scores]] + [[s] for s in submits]}
    write_test(kind, dump(test) + "\n", dump(answers(k, scores, submits)) + "\n")


V = 10**4


def values(n, low=-V, high=V):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(10601)
write("sample", 3, [40, 75, 10, 60], [50, 90, 20, 75])
write("sample", 1, [], [-5, -8, 3])
write("secret", 1, [], [V])
write("secret", 1, [-V], [-V])
write("secret", 2, [5], [5, 5, 5])
write("secret", 2, [1, 2, 3, 4, 5, 6], [0, 7, 7, 3])
write("secret", 4, [9, 9, 9], [9, 1, 10, -1, 10])
write("secret", 3, [-V, V, 0], [-V, V, 0, 0])
write("secret", 5, [1, 2, 3, 4], list(range(10, 0, -1)))
write("secret", 1, [3, 1, 2], [0, 4, 4, 5])
write("secret", 6, [4, 4, 4, 4, 4, 4], [4, 3, 5, 5, 5, 5, 5, 5, 5])
write("secret", 1, [], [2, 2, 1])
write("secret", 2, [7], [-7, 8, -9, 8])
write("secret", 3, [0, 0], [0, 0, 0, 1, 1, 1])
write("secret", 2, [10, 10, 20], [15, 25, 20, 20])
for k, n, m in [(2, 10, 10), (5, 50, 30), (10, 100, 100), (50, 500, 300), (1, 1000, 1000),
                (300, 299, 1000), (999, 2000, 2000)]:
    write("secret", k, values(n), values(m))
write("secret", 5, values(100, -10, 10), values(500, -10, 10))
# Largest: k = 1, a middle k, k = n + 1 (the first submit fills the podium), rising and
# falling streams.
write("secret", 1, values(V), values(V))
write("secret", 5000, values(V), values(V))
write("secret", V, values(V - 1), values(V))
write("secret", 100, sorted(values(3000)), sorted(values(3000)))
