# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
import string
from pathlib import Path


def solve(s):
    kept = [c.lower() for c in s if c.isascii() and c.isalnum()]
    return kept == kept[::-1]


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


PRINTABLE = "".join(chr(c) for c in range(32, 127))
NOISE = "".join(c for c in PRINTABLE if not c.isalnum())


def mirror(n, alphabet=string.ascii_lowercase + string.digits, noise=0.3):
    """A mirror phrase of about n characters: a palindrome core, random case and noise."""
    half = [rng.choice(alphabet) for _ in range(n // 2)]
    core = half + ([rng.choice(alphabet)] if n % 2 else []) + half[::-1]
    out = []
    for c in core:
        while rng.random() < noise:
            out.append(rng.choice(NOISE))
        out.append(c.upper() if rng.random() < 0.5 else c)
    return "".join(out)[:100000]


def break_one(s):
    """Changes one letter or digit so that the phrase (almost surely) stops mirroring."""
    positions = [i for i, c in enumerate(s) if c.isalnum()]
    i = rng.choice(positions)
    replacement = "7" if s[i] != "7" else "q"
    return s[:i] + replacement + s[i + 1:]


clear_data()
rng = random.Random(5001)

write("sample", "Step on no pets!")
write("sample", "Top spot, 2x")
write("sample", ".,; ")
write("secret", "a")
write("secret", " ")
write("secret", "ab")
write("secret", "Aa")
write("secret", "a.")
write("secret", "0P")
write("secret", "1a2a1")
write("secret", "1a2b1")
write("secret", "No 'x' in Nixon")
write("secret", "Was it a car or a cat I saw?")
write("secret", "Taco cat? No.")
write("secret", "\"\\\"\\")
write("secret", "ab,,,,,,,,,,ba!!!")
write("secret", "Abc-Cb-A")
write("secret", mirror(100, "ab"))
write("secret", break_one(mirror(1000)))
# Maximum sizes: 10^5 characters.
write("secret", mirror(70000))
write("secret", break_one(mirror(70000)))
write("secret", mirror(100000, noise=0.0))
write("secret", NOISE * (100000 // len(NOISE)))
write("secret", "a" * 49999 + "b" + "A" * 50000)
write("secret", "Z" + NOISE * 3000 + "z")
write("secret", "".join(rng.choice(PRINTABLE) for _ in range(100000)))
