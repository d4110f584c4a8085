# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below.
import random
import string

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

GLYPHS = string.ascii_letters + string.digits


def is_cipher(plain, coded):
    to, back = {}, {}
    for p, c in zip(plain, coded):
        if to.setdefault(p, c) != c or back.setdefault(c, p) != p:
            return False
    return True


def write(kind, plain, coded):
    write_json_test(kind, [plain, coded], is_cipher(plain, coded))


def text(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def encrypt(plain):
    shuffled = list(GLYPHS)
    rng.shuffle(shuffled)
    key = dict(zip(GLYPHS, shuffled))
    return "".join(key[c] for c in plain)


def spoil(coded, alphabet=GLYPHS):
    """One position changed to another glyph: breaks the cipher one way or the other."""
    i = rng.randrange(len(coded))
    c = rng.choice([g for g in alphabet if g != coded[i]])
    return coded[:i] + c + coded[i + 1:]


clear_data()
rng = random.Random(10801)
write("sample", "attack", "qxxqfo")
write("sample", "spy", "zz9")
write("secret", "aa", "Ab")
write("secret", "a", "a")
write("secret", "a", "Z")
write("secret", "ab", "ba")
write("secret", "ab", "aa")
write("secret", "aa", "ab")
write("secret", "aA", "bb")
write("secret", "Aa", "Aa")
write("secret", "0123456789", "9876543210")
write("secret", "paper", "title")
write("secret", "abcabc", "xyzxyx")
write("secret", "abcdefghij", "abcdefghia")
write("secret", "zzzz", "1111")
write("secret", GLYPHS, GLYPHS[::-1])
for n, alphabet in [(20, "abc"), (100, "abcdefgh"), (1000, GLYPHS), (5000, "xyXY01")]:
    plain = text(n, alphabet)
    write("secret", plain, encrypt(plain))
    write("secret", plain, spoil(encrypt(plain)))
# Largest: a true cipher, one spoilt near the end, and two strings that only fail one way.
N = 5 * 10**4
plain = text(N, GLYPHS)
coded = encrypt(plain)
write("secret", plain, coded)
write("secret", plain, coded[:-1] + ("a" if coded[-1] != "a" else "b"))
plain = text(N, "abcdefghijklmnopqrstuvwxyz")
write("secret", plain, "".join("q" if c in "ab" else c.upper() for c in plain))
