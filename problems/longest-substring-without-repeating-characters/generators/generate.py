# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(s):
    last, left, best = {}, 0, 0
    for right, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = right
        best = max(best, right - left + 1)
    return best


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


clear_data()

rng = random.Random(1505)
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def text(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


write("sample", "bananas")
write("sample", "dvdf")
write("sample", "")
for s in ("a", "aa", "ab", "qqqqqq", "kmmpqm", "abba", "tmmzuxt", " ", "a b", "  ",
          "abcdef", "aab", "cdd", 'x"y\\z"', "au", "abcb"):
    write("secret", s)
write("secret", text(100, "abc"))
write("secret", text(1000, "abcdefghij"))
write("secret", PRINTABLE)
write("secret", PRINTABLE * 3)
# Maximum sizes: all one character, every printable character cycling (answer 95), random
# text, and a long repeat-free run buried in repeats.
write("secret", "z" * 50000)
write("secret", (PRINTABLE * 600)[:50000])
write("secret", text(50000, PRINTABLE))
write("secret", text(50000, "ab"))
write("secret", "a" * 24950 + PRINTABLE[::-1] + "a" * 24955)
write("secret", text(50000, "abcdefghijklmnopqrstuvwxyz"))
