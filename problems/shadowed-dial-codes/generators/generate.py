# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (a hash map of codes, not a trie).
import random
from collections import Counter


def solve(codes):
    count = Counter(codes)
    shadowed = 0
    for c in codes:
        if count[c] >= 2 or any(c[:k] in count for k in range(1, len(c))):
            shadowed += 1
    return shadowed


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


def write(kind, codes):
    write_json_test(kind, [codes], solve(codes))


clear_data()
rng = random.Random(15401)
N, L = 10**4, 20


def code(low, high, digits="0123456789"):
    return "".join(rng.choice(digits) for _ in range(rng.randint(low, high)))


def codes(count, low, high, digits="0123456789"):
    return [code(low, high, digits) for _ in range(count)]


def with_prefixes(count, low, high, digits="0123456789", share=0.3):
    """Random codes, some of them cut from other codes (so prefixes occur often)."""
    out = []
    for _ in range(count):
        if out and rng.random() < share:
            base = rng.choice(out)
            if rng.random() < 0.5:  # a prefix of it (maybe all of it)
                out.append(base[:rng.randint(min(low, len(base)), len(base))])
            else:  # it, extended
                out.append(base + code(0, high - len(base), digits))
        else:
            out.append(code(low, high, digits))
    rng.shuffle(out)
    return out


write("sample", ["911", "9115", "42", "4", "7"])
write("sample", ["12", "12", "123", "5"])
write("sample", ["30", "31", "3", "310"])
# Small and edge cases.
write("secret", ["7"])
write("secret", ["0" * L])
write("secret", ["5", "5"])
write("secret", ["1", "2", "3"])
write("secret", ["123", "12"])
write("secret", ["12", "123"])
write("secret", ["1", "11", "111", "1111"])
write("secret", ["20", "21", "2", "210", "22", "2101"])
write("secret", ["9115", "91", "9", "9116"])
write("secret", ["00", "0", "000", "0", "01"])
write("secret", ["123", "124", "125", "12"])
write("secret", ["4", "4", "4", "45", "5"])
write("secret", ["10", "01", "100", "001", "1"])
write("secret", codes(10, 1, 3, "012"))
write("secret", with_prefixes(40, 1, 6, "0123"))
write("secret", with_prefixes(300, 2, 10))
write("secret", codes(1000, 2, 4))
# Maximum sizes.
write("secret", codes(N, L, L))  # long random codes: almost surely nothing shadowed
write("secret", ["0" * L] * N)  # every entry equal
write("secret", ["1" * rng.randint(1, L) for _ in range(N)])  # a chain of 20 codes, repeated
write("secret", with_prefixes(N, 8, L, share=0.2))
write("secret", with_prefixes(N, 10, L, "01", 0.05))
write("secret", codes(N, 4, 7))
write("secret", ["55555" + c for c in codes(N, 11, 15, "09")])
write("secret", [format(i, "04d") for i in range(N)])  # every 4-digit code once
write("secret", [format(i, "04d") for i in range(N - 10)] + ["0", "12", "999", "4567", "000"] + codes(5, 5, L))
