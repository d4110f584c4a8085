# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (a plain breadth-first search, checked
# against the range version in the submissions).
import json
import random
import shutil
from collections import deque
from pathlib import Path


def solve(hops):
    n = len(hops)
    dist = [-1] * n
    dist[0] = 0
    queue, reached = deque([0]), 0  # stones up to `reached` are already queued
    while queue:
        i = queue.popleft()
        for j in range(reached + 1, min(n - 1, i + hops[i]) + 1):
            dist[j] = dist[i] + 1
            queue.append(j)
        reached = max(reached, min(n - 1, i + hops[i]))
    return dist[n - 1]


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


def hops(n, low=0, high=100000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(4601)
H, N = 100000, 20000

write("sample", [2, 4, 1, 1, 1, 3])
write("sample", [3, 1, 4, 1, 1, 1, 1])
write("sample", [2, 1, 0, 3])
write("secret", [0])
write("secret", [H])
write("secret", [0, 1])
write("secret", [1, 0])
write("secret", [1, 1, 1, 1])
write("secret", [5, 0, 0, 0, 0, 0])
write("secret", [4, 0, 0, 0, 0, 0])
write("secret", [1, 4, 1, 1, 1, 0, 1])
write("secret", [2, 0, 2, 0, 1])
# Farthest-first and largest-value-first greedy both fail here.
write("secret", [2, 5, 1, 1, 1, 1, 1, 1])
write("secret", [3, 2, 9, 1, 1, 1, 1, 1, 1, 1, 1])
write("secret", hops(30, 0, 3))
write("secret", hops(300, 0, 5))
write("secret", hops(2000, 0, 2))
# Maximum sizes: 2*10^4 stones.
write("secret", [1] * N)
write("secret", [H] * N)
write("secret", [0] * N)
write("secret", [2, 0] * (N // 2))
write("secret", hops(N, 0, 3))
write("secret", hops(N, 1, 10))
write("secret", hops(N))
write("secret", [N - 1 - i for i in range(N)])
write("secret", [3 if i % 3 == 0 else 1 for i in range(N)])
write("secret", [1] * (N // 2) + [0] + [H] * (N // 2 - 1))
