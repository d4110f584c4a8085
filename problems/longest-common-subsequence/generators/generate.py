# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
import string
from pathlib import Path


def solve(a, b):
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


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


def word(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(s, changes, alphabet=string.ascii_lowercase):
    """s with random deletions, insertions and replacements: a long common subsequence."""
    s = list(s)
    for _ in range(changes):
        i = rng.randrange(len(s))
        kind = rng.randrange(3)
        if kind == 0 and len(s) > 1:
            del s[i]
        elif kind == 1 and len(s) < 1000:
            s.insert(i, rng.choice(alphabet))
        else:
            s[i] = rng.choice(alphabet)
    return "".join(s)


clear_data()
rng = random.Random(3301)

write("sample", "stone", "longest")
write("sample", "xab", "abx")
write("sample", "abc", "def")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "z", "zzzz")
write("secret", "abcde", "ace")
write("secret", "ace", "abcde")
write("secret", "aaaa", "aa")
write("secret", "abab", "baba")
write("secret", "abcdef", "fedcba")
write("secret", "xyzabc", "abcxyz")
write("secret", "bsbininm", "jmjkbkjkv")
write("secret", "mississippi", "misisipi")
# Random small and medium ones.
for n, m, alphabet in [(10, 12, "ab"), (30, 25, "abc"), (100, 120, string.ascii_lowercase),
                       (300, 200, "acgt")]:
    write("secret", word(n, alphabet), word(m, alphabet))
# Maximum sizes: 1000 letters each.
write("secret", "a" * 1000, "a" * 1000)
write("secret", "a" * 1000, "b" * 1000)
write("secret", word(1000), word(1000))
write("secret", word(1000, "ab"), word(1000, "ab"))
base = word(1000)
write("secret", base, mutate(base, 200))
write("secret", string.ascii_lowercase * 38 + "abcdefghijkl",
      string.ascii_lowercase[::-1] * 38 + "lkjihgfedcba")
write("secret", word(1000, "xyz"), word(1, "xyz"))
