# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(heights):
    n = len(heights)
    answer, waiting = [-1] * n, []
    for j in range(2 * n):
        h = heights[j % n]
        while waiting and heights[waiting[-1]] < h:
            i = waiting.pop()
            answer[i] = j - i
        if j < n:
            waiting.append(j)
    return answer


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


def write(kind, heights):
    write_json_test(kind, [heights], solve(heights))


clear_data()
rng = random.Random(19601)
H, N = 10**6, 10**5


def boards(n, low=1, high=H):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [3, 8, 2, 5, 4])
write("sample", [6, 6, 6])
write("sample", [2, 9, 9, 1])
write("secret", [1])
write("secret", [H])
write("secret", [1, H])
write("secret", [H, 1])
write("secret", [4, 4])
write("secret", [5, 1, 2, 3, 4])
write("secret", [1, 2, 3, 4, 5])
write("secret", [5, 4, 3, 2, 1])
write("secret", [2, 1, 2, 1, 2, 1])
write("secret", [3, 1, 3, 3, 2, 7, 1, 7])
write("secret", boards(10, 1, 5))
write("secret", boards(100, 1, 20))
write("secret", boards(1000))
write("secret", boards(5000, 1, 3))
write("secret", list(range(3000, 0, -1)) + list(range(1, 3001)))
# Large sizes (up to 10^5 billboards): all equal (nothing taller anywhere); falling heights
# (each answer is found after the wrap-around); a tallest billboard at the very end; mostly the
# maximum height; a mountain; random heights.
write("secret", [7] * N)
write("secret", list(range(N // 2, 0, -1)))
write("secret", boards(N - 1, 1, 9) + [10])
write("secret", [9 if rng.random() < 0.95 else rng.randint(1, 8) for _ in range(N)])
write("secret", [min(i, N // 2 - i) + 1 for i in range(N // 2)])
write("secret", boards(N // 2, 1, 50))
write("secret", boards(N // 4))
