# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time. Each
# answer comes from the heap model below and is checked against a flat merged list.
import bisect
import heapq
import random


def solve(calls, args, feeds):
    """The heap of feed heads, as the editorial describes it."""
    heap = [(f[0], i, 0) for i, f in enumerate(feeds) if f]
    heapq.heapify(heap)
    out = [None]
    for name, a in zip(calls, args):
        if name == "next":
            v, i, p = heapq.heappop(heap)
            if p + 1 < len(feeds[i]):
                heapq.heappush(heap, (feeds[i][p + 1], i, p + 1))
            out.append(v)
        elif name == "peek":
            out.append(heap[0][0])
        elif name == "hasNext":
            out.append(bool(heap))
        else:
            x, skipped = a[0], 0
            while heap and heap[0][0] < x:
                v, i, p = heapq.heappop(heap)
                q = bisect.bisect_left(feeds[i], x, p)
                skipped += q - p
                if q < len(feeds[i]):
                    heapq.heappush(heap, (feeds[i][q], i, q))
            out.append(skipped)
    return out


def brute(calls, args, feeds):
    """Everything merged into one list, read with an index."""
    flat = sorted(v for f in feeds for v in f)
    at, out = 0, [None]
    for name, a in zip(calls, args):
        if name == "next":
            out.append(flat[at])
            at += 1
        elif name == "peek":
            out.append(flat[at])
        elif name == "hasNext":
            out.append(at < len(flat))
        else:
            old = at
            while at < len(flat) and flat[at] < a[0]:
                at += 1
            out.append(at - old)
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


def write(kind, feeds, ops):
    """ops: a list of method names, or (\"skipTo\", x) pairs."""
    calls, args = [], []
    for op in ops:
        if isinstance(op, tuple):
            calls.append(op[0])
            args.append([op[1]])
        else:
            calls.append(op)
            args.append([])
    answer = solve(calls, args, feeds)
    if sum(map(len, feeds)) <= 2000:
        assert answer == brute(calls, args, feeds)
    test = {"calls": ["FeedCursor"] + calls, "args": [[feeds]] + args}
    write_test(kind, dump(test) + "\n", dump(answer) + "\n")


def random_feeds(k, total, low, high):
    sizes = [0] * k
    for _ in range(total):
        sizes[rng.randrange(k)] += 1
    return [sorted(rng.randint(low, high) for _ in range(s)) for s in sizes]


def random_ops(feeds, n_calls, low, high, skip_share=0.3):
    """Valid random calls: next/peek only while something is left; skip targets creep up."""
    left = sorted(v for f in feeds for v in f)
    at, ops = 0, []
    while len(ops) < n_calls:
        r = rng.random()
        if r < skip_share:
            base = left[at] if at < len(left) else high
            x = max(low, min(high, base + rng.randint(-(high - low) // 50 - 1, (high - low) // 20 + 1)))
            ops.append(("skipTo", x))
            while at < len(left) and left[at] < x:
                at += 1
        elif r < skip_share + 0.15 or at >= len(left):
            ops.append("hasNext")
        elif r < skip_share + 0.3:
            ops.append("peek")
        else:
            ops.append("next")
            at += 1
    return ops


clear_data()
rng = random.Random(18101)
B = 10**9

write("sample", [[1, 4, 9], [2, 4, 6], []],
      ["next", "peek", ("skipTo", 5), "next", "next", ("skipTo", 100), "hasNext"])
write("sample", [[-3, 5, 5, 5, 9], [5, 8]],
      [("skipTo", 5), "peek", ("skipTo", 5), "next", ("skipTo", 6), "peek", "hasNext"])
# No feeds, only empty feeds, one value.
write("secret", [], ["hasNext", ("skipTo", 0)])
write("secret", [[], [], []], [("skipTo", -B), "hasNext"])
write("secret", [[7]], ["peek", "hasNext", "next", "hasNext", ("skipTo", B)])
write("secret", [[7]], [("skipTo", 7), "peek", ("skipTo", 8), "hasNext"])
write("secret", [[-B, B]], [("skipTo", -B), ("skipTo", B), "next", ("skipTo", -B), "hasNext"])
# Duplicates within and across feeds; skips equal to values.
write("secret", [[3, 3, 3], [3, 3], [3]], [("skipTo", 3), "next", "next", ("skipTo", 4), "hasNext"])
write("secret", [[1, 2, 2, 2, 5], [2, 2, 9], [0, 2]],
      [("skipTo", 2), "peek", "next", ("skipTo", 2), ("skipTo", 3), "next", ("skipTo", 10), "hasNext"])
# Skipping backwards or to the current value does nothing.
write("secret", [[1, 5, 10], [6, 7]], ["next", "next", ("skipTo", 0), ("skipTo", 6), "next", "peek"])
# Reading everything with next only.
feeds = [[1, 3, 5, 7], [2, 4, 6, 8], [0, 9]]
write("secret", feeds, ["next"] * 10 + ["hasNext"])
feeds = random_feeds(5, 30, -20, 20)
write("secret", feeds, ["hasNext", "peek", "next"] * 30 + ["hasNext"])
for k, total, low, high, n in ((3, 10, -5, 5, 20), (4, 40, -50, 50, 60), (10, 100, -B, B, 150),
                               (30, 500, 0, 1000, 400), (1, 1000, -100, 100, 300), (100, 2000, -B, B, 1000)):
    feeds = random_feeds(k, total, low, high)
    write("secret", feeds, random_ops(feeds, n, low, high))
# Maximum sizes: 5*10^4 values, 1000 feeds or one long one, 3000 calls.
N = 5 * 10**4
feeds = random_feeds(1000, N, 0, 99999)
write("secret", feeds, random_ops(feeds, 3000, 0, 99999, 0.5))
feeds = [sorted(rng.randint(0, 9999) for _ in range(10**4)) for _ in range(5)]
write("secret", feeds, random_ops(feeds, 3000, 0, 9999, 0.2))
feeds = [[i for i in range(j, N, 1000)] for j in range(1000)]
write("secret", feeds, ["next"] * 2999 + ["hasNext"])
feeds = [[i for i in range(j, N, 1000)] for j in range(1000)]
write("secret", feeds, [("skipTo", 16 * i + 3) if i % 2 else "peek" for i in range(3000)])
feeds = [[7] * 50 for _ in range(1000)]
write("secret", feeds, [("skipTo", 7), ("skipTo", 8), "hasNext"] + ["hasNext"] * 10)
feeds = [list(range(j, N, 5)) for j in range(5)] + [[] for _ in range(995)]
write("secret", feeds, [("skipTo", 17 * i) for i in range(2999)] + ["hasNext"])
feeds = [[v % 2 for v in range(50)] for _ in range(1000)]
feeds = [sorted(f) for f in feeds]
write("secret", feeds, ["next", ("skipTo", 1), "peek", "next", ("skipTo", 2), "hasNext"])
