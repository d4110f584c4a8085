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


def dump(v):
    return json.dumps(v, separators=(",", ":"))


counts = {"sample": 0, "secret": 0}


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    counts[kind] += 1
    path = Path("data") / kind / f"{counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(dump(list(args)) + "\n")
    path.with_suffix(".ans").write_text(dump(solve(*args)) + "\n")


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


shutil.rmtree("data", ignore_errors=True)
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
