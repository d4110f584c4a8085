# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from replaying both logs below.
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


def replay(log):
    text = []
    for c in log:
        if c != "#":
            text.append(c)
        elif text:
            text.pop()
    return "".join(text)


def write(kind, first, second):
    write_json_test(kind, [first, second], replay(first) == replay(second))


def noisy(text, n_junk, alphabet="ab"):
    """A log that types `text`, with n_junk letters typed and erased at random points."""
    out = []
    for c in text:
        while n_junk and rng.random() < 0.3:
            k = rng.randint(1, min(n_junk, 4))
            out += [rng.choice(alphabet) for _ in range(k)] + ["#"] * k
            n_junk -= k
        out.append(c)
    out += ["a"] * n_junk + ["#"] * n_junk
    return "".join(out)


clear_data()
rng = random.Random(10501)
write("sample", "cab#t", "cz#at")
write("sample", "go##o", "#o#g")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "#", "#")
write("secret", "#", "a#")
write("secret", "a", "ab")
write("secret", "a", "ba#")
write("secret", "###a", "a")
# A leading backspace must not erase a letter typed later.
write("secret", "#ab", "b")
write("secret", "ab##", "c#d#")
write("secret", "bxj##tw", "bxo#j##tw")
write("secret", "bbbextm", "bbb#extm")
write("secret", "nzp#o#g", "b#nzp#o#g")
write("secret", "y#fo##f", "y#f#o##f")
write("secret", "aaa###a", "aaaa###a")
for n in [10, 50, 300, 2000]:
    text = "".join(rng.choice("abc") for _ in range(n))
    write("secret", noisy(text, n), noisy(text, n // 2))
    other = text[:-1] + ("a" if text[-1] != "a" else "b")
    write("secret", noisy(text, n), noisy(other, n))
# Largest: equal texts under heavy noise, texts differing only in their first letter, and
# logs that erase everything.
M = 2 * 10**5
text = "".join(rng.choice("xyz") for _ in range(40000))
write("secret", noisy(text, 50000, "xyz"), noisy(text, 50000, "xyz"))
write("secret", "q" + text[1:], "r" + text[1:])
write("secret", "k" * (M // 2) + "#" * (M // 2), "#" * (M // 2) + "k" * (M // 4) + "#" * (M // 4))
