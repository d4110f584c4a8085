# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
import string
from pathlib import Path


def solve(a, b):
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
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


def mutate(s, edits, alphabet=string.ascii_lowercase):
    s = list(s)
    for _ in range(edits):
        kind = rng.randrange(3)
        if kind == 0 and s:
            del s[rng.randrange(len(s))]
        elif kind == 1 and len(s) < 500:
            s.insert(rng.randint(0, len(s)), rng.choice(alphabet))
        elif s:
            s[rng.randrange(len(s))] = rng.choice(alphabet)
    return "".join(s)


clear_data()
rng = random.Random(4801)

write("sample", "tuesday", "thursday")
write("sample", "flaw", "lawn")
write("sample", "", "abc")
write("secret", "", "")
write("secret", "a", "")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "ab", "ba")
write("secret", "abc", "abc")
write("secret", "kitten", "mitten")
write("secret", "abcdef", "azced")
write("secret", "xxxxx", "yyy")
write("secret", "dinitrophenylhydrazine", "acetylphenylhydrazine")
write("secret", "abc" * 10, "bca" * 10)
write("secret", word(40, "ab"), word(35, "ab"))
write("secret", word(200), word(180))
# Maximum sizes: 500 letters.
write("secret", "a" * 500, "")
write("secret", "", "z" * 500)
write("secret", "a" * 500, "b" * 500)
write("secret", word(500), word(500))
write("secret", word(500, "ab"), word(500, "ab"))
base = word(500)
write("secret", base, mutate(base, 40))
write("secret", base, base[::-1])
write("secret", string.ascii_lowercase * 19 + "abcdef", "q" + string.ascii_lowercase * 19 + "abcde")
write("secret", word(500, "xyz"), word(3, "xyz"))
