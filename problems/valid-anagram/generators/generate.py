# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(s, t):
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for a, b in zip(s, t):
        counts[ord(a) - 97] += 1
        counts[ord(b) - 97] -= 1
    return all(c == 0 for c in counts)


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

rng = random.Random(1501)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(n, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


write("sample", "listen", "silent")
write("sample", "aab", "abb")
write("sample", "", "")
write("secret", "", "a")
write("secret", "a", "")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "ab", "ba")
write("secret", "ab", "abc")
write("secret", "abc", "ab")
write("secret", "aabbcc", "abcabc")
write("secret", "aabbcc", "aabbcd")
write("secret", "aaaa", "aaab")
write("secret", "secure", "rescue")
write("secret", "plant", "plane")
write("secret", "zz", "zz")
for n in (10, 100, 1000):
    s = word(n)
    write("secret", s, shuffled(s))
    t = list(shuffled(s))
    # One letter swapped for its neighbour in the alphabet: same length, one count off.
    t[0] = LETTERS[(ord(t[0]) - 96) % 26]
    write("secret", s, "".join(t))
# Same letters, different counts.
write("secret", "a" * 1000 + "b", "a" + "b" * 1000)
# Maximum sizes.
s = word(50000)
write("secret", s, shuffled(s))
t = list(shuffled(s))
t[-1] = "a" if t[-1] != "a" else "b"
write("secret", s, "".join(t))
write("secret", "z" * 50000, "z" * 50000)
write("secret", word(5000, "ab"), word(5000, "ab"))
write("secret", "a" * 50000, "a" * 49999)
s = word(5000, "xyz")
write("secret", s, shuffled(s))
