# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first secret tests, written before this
# generator, are kept byte for byte in generators/original/ and copied under their own names;
# the samples (the statement's examples) and the new secret tests are written here, seeded,
# each answer from the reference solution below.
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

LOW, HIGH = -2**31, 2**31 - 1


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def solve(calls, args):
    items, out = [], []
    for name, a in zip(calls, args):
        if name == "push":
            items.append((a[0], min(a[0], items[-1][1]) if items else a[0]))
            out.append(None)
        elif name == "pop":
            items.pop()
            out.append(None)
        elif name == "top":
            out.append(items[-1][0])
        elif name == "getMin":
            out.append(items[-1][1])
        else:
            out.append(None)
    return out


def write(kind, ops):
    """ops: (name, args) method calls after the constructor."""
    calls = ["MinStack"] + [name for name, _ in ops]
    args = [[]] + [a for _, a in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


def random_ops(count, value, push_bias=0.5):
    """`count` calls on a random stack: pushes of value(), and pops and reads while non-empty."""
    ops, size = [], 0
    while len(ops) < count:
        if size == 0 or rng.random() < push_bias:
            ops.append(("push", [value()]))
            size += 1
        else:
            name = rng.choice(["pop", "top", "getMin", "getMin"])
            ops.append((name, []))
            size -= name == "pop"
    return ops


clear_data()
keep_original_tests()
rng = random.Random(80801)

# The samples: the statement's two examples.
write("sample", [("push", [4]), ("push", [9]), ("push", [1]), ("getMin", []), ("top", []),
                 ("pop", []), ("getMin", []), ("top", [])])
write("sample", [("push", [5]), ("push", [5]), ("getMin", []), ("pop", []), ("getMin", [])])
# Edge cases: one element, the 32-bit bounds, equal minimums, a rising and a falling stack.
write("secret", [("push", [7]), ("top", []), ("getMin", [])])
write("secret", [("push", [HIGH]), ("push", [LOW]), ("getMin", []), ("top", []), ("pop", []),
                 ("getMin", []), ("top", [])])
write("secret", [("push", [LOW]), ("push", [HIGH]), ("getMin", []), ("pop", []), ("getMin", [])])
write("secret", [("push", [0]), ("push", [0]), ("push", [0]), ("pop", []), ("getMin", []),
                 ("pop", []), ("getMin", []), ("top", [])])
write("secret", [("push", [-1]), ("pop", []), ("push", [3]), ("getMin", []), ("top", [])])
write("secret", [("push", [2]), ("push", [1]), ("push", [1]), ("pop", []), ("getMin", []),
                 ("pop", []), ("getMin", [])])
write("secret", [op for v in range(10) for op in (("push", [v]), ("getMin", []))]
      + [op for _ in range(10) for op in (("getMin", []), ("pop", []))][:-1])
write("secret", [op for v in range(10, 0, -1) for op in (("push", [v]), ("getMin", []))]
      + [op for _ in range(9) for op in (("pop", []), ("getMin", []))])
# The minimum pushed, popped and pushed again, over and over.
write("secret", [op for v in (3, 1, 2, 1, 0, 0, -5, 4) for op in (("push", [v]), ("getMin", []), ("top", []))]
      + [op for _ in range(7) for op in (("pop", []), ("getMin", []), ("top", []))])
for count in (20, 50, 100, 200, 500):
    write("secret", random_ops(count, lambda: rng.randint(-100, 100)))
for count in (300, 1000):
    write("secret", random_ops(count, lambda: rng.randint(-3, 3), 0.6))
write("secret", random_ops(1000, lambda: rng.randint(LOW, HIGH)))
write("secret", random_ops(2000, lambda: rng.choice([LOW, HIGH, 0, -1, 1])))
# Maximum sizes: 10^4 calls: random, a deep stack of falling values, and pushes then reads.
N = 10**4
write("secret", random_ops(N, lambda: rng.randint(-10**9, 10**9)))
write("secret", [("push", [1000 - v]) for v in range(N // 2)]
      + [op for _ in range(N // 4) for op in (("getMin", []), ("pop", []))])
write("secret", [("push", [rng.randint(-99, 99)]) for _ in range(N // 2)] + [("getMin", [])] * (N // 2))
