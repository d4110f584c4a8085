# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import json
import random
import shutil
from pathlib import Path


def round_robin(lists):
    order, longest = [], max((len(l) for l in lists), default=0)
    for p in range(longest):
        order += [l[p] for l in lists if p < len(l)]
    return order


def solve(calls, args):
    values, out, read = round_robin(args[0][0]), [None], 0
    for name in calls[1:]:
        if name == "next":
            out.append(values[read])
            read += 1
        else:
            out.append(read < len(values))
    return out


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


def write(kind, lists, calls=None):
    """One test: the constructor, then `calls` (by default: every value read with `next`, a
    `hasNext` before each one, or before every other one when that would pass 2*10^4 calls, and
    a last `hasNext` at the end)."""
    if calls is None:
        total = sum(len(l) for l in lists)
        every = 1 if 2 * total + 1 <= 20000 else 2
        calls = [c for i in range(total) for c in (["hasNext"] if i % every == 0 else []) + ["next"]]
        calls.append("hasNext")
    calls = ["RoundRobinIterator"] + calls
    args = [[lists]] + [[] for _ in calls[1:]]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


def nexts_only(lists):
    return ["next"] * sum(len(l) for l in lists)


def random_lists(k, longest, low=-10**9, high=10**9, empty_share=0.2):
    return [[] if rng.random() < empty_share else
            [rng.randint(low, high) for _ in range(rng.randint(0, longest))] for _ in range(k)]


clear_data()
rng = random.Random(5201)
B = 10**9

write("sample", [[1, 2, 3], [10], [20, 21]], ["next"] * 6 + ["hasNext"])
write("sample", [[], [-4], []], ["hasNext", "next", "hasNext"])
write("secret", [[]], ["hasNext"])
write("secret", [[], [], []], ["hasNext", "hasNext"])
write("secret", [[7]])
write("secret", [[B, -B]])
write("secret", [[1], [2], [3]])
write("secret", [[1, 2, 3], [], [4, 5, 6]])
write("secret", [[], [1, 2, 3, 4, 5], [], [6]])
write("secret", [[1, 1, 1], [1, 1], [1]])
write("secret", [[5, 6], [7, 8]], ["next", "next", "hasNext", "hasNext", "next", "next"])
write("secret", [[9]], ["hasNext", "hasNext", "next", "hasNext", "hasNext"])
write("secret", [[1, 2, 3, 4]], nexts_only([[1, 2, 3, 4]]))
write("secret", [[-1, -2], [], [-3], [], [-4, -5, -6]])
write("secret", [[0] * 3, [B] * 5, [-B] * 2])
write("secret", random_lists(5, 5, -9, 9))
write("secret", random_lists(30, 20))
lists = random_lists(100, 50)
write("secret", lists, nexts_only(lists))
# Maximum sizes: 10^4 values, 2*10^4 calls.
lists = [[rng.randint(-B, B) for _ in range(10)] for _ in range(1000)]
write("secret", lists)
lists = [[rng.randint(-B, B) for _ in range(1000)] for _ in range(10)]
write("secret", lists)
lists = [[rng.randint(-B, B) for _ in range(1000)]] + [[] for _ in range(999)]
write("secret", lists)
lists = [[rng.randint(-B, B) for _ in range(i % 20)] for i in range(1000)]
write("secret", lists)
lists = [[] for _ in range(999)] + [[rng.randint(-B, B) for _ in range(1000)]]
write("secret", lists, nexts_only(lists))
lists = random_lists(1000, 19)
write("secret", lists)
lists = [list(range(1000 * i, 1000 * i + 1000)) for i in range(10)]
write("secret", lists, nexts_only(lists))
