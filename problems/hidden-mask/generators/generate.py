# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time. Each test
# is the hidden mask; the answer file holds it too (the interactor alone judges).
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


def write(kind, h):
    write_test(kind, f"{h}\n", f"{h}\n")


def write_exchange(h, asked):
    """The statement's transcript of the sample just written (its .in and .ans are the judge's
    own): data/sample/NN.interaction, `>` the program's lines and `<` the judge's, for a program
    that asks about each x in `asked` and then answers h, with the judge's replies as
    interactor.py gives them."""
    lines = []
    for x in asked:
        lines += [f">? {x}", f"<{bin(x ^ h).count('1')}"]
    lines.append(f">! {h}")
    path = Path("data/sample") / f"{_counts['sample']:02d}.interaction"
    path.write_text("".join(line + "\n" for line in lines))


clear_data()
rng = random.Random(13301)
TOP = (1 << 30) - 1

write("sample", 5)
write_exchange(5, [0, 1, 7])
write("sample", 0)
write_exchange(0, [0])
for h in [1, 2, 3, TOP, 1 << 29, (1 << 29) - 1, TOP - 1, 0x2AAAAAAA, 0x15555555, 1 << 28,
          (1 << 29) | 1, 12345678, 999999999]:
    write("secret", h)
for bits in (1, 2, 15, 28, 29, 30):
    write("secret", sum(1 << b for b in rng.sample(range(30), bits)))
for _ in range(6):
    write("secret", rng.randint(0, TOP))
