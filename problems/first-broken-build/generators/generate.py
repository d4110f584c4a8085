# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time. Each
# input is "n b"; each answer is b (the interactor judges, the answer file documents).
import random
import shutil
from pathlib import Path

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


def write(kind, n, b):
    write_test(kind, f"{n} {b}\n", f"{b}\n")


def write_exchange(n, b, asked):
    """The statement's transcript of the sample just written (its .in and .ans are the judge's
    own): data/sample/NN.interaction, `<` the judge's lines and `>` the program's, for a program
    that asks about the builds `asked` and then answers b, with the judge's replies as
    interactor.py gives them."""
    lines = [f"<{n}"]
    for k in asked:
        lines += [f">? {k}", f"<{1 if k >= b else 0}"]
    lines.append(f">! {b}")
    path = Path("data/sample") / f"{_counts['sample']:02d}.interaction"
    path.write_text("".join(line + "\n" for line in lines))


clear_data()
rng = random.Random(3801)
N = 10**9

write("sample", 5, 4)
write_exchange(5, 4, [3, 4])
write("sample", 1, 1)
write_exchange(1, 1, [])
# Small n, every end.
for n, b in [(2, 1), (2, 2), (3, 1), (3, 2), (3, 3), (10, 1), (10, 10), (10, 7)]:
    write("secret", n, b)
# Just past powers of two, where a search needs its last question.
for n in [2**29 + 1, 2**29, 999999999]:
    write("secret", n, n)
    write("secret", n, 1)
# The largest n, b at the ends, in the middle and around 2^29.
for b in [1, 2, N - 1, N, N // 2, N // 2 + 1, 2**29, 2**29 + 1]:
    write("secret", N, b)
# Random.
for _ in range(4):
    n = rng.randint(1, N)
    write("secret", n, rng.randint(1, n))
write("secret", 50, rng.randint(32, 50))
