# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the greedy reference below.
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


def sizes(boxes):
    last = {c: i for i, c in enumerate(boxes)}
    out, start, end = [], 0, 0
    for i, c in enumerate(boxes):
        end = max(end, last[c])
        if i == end:
            out.append(i - start + 1)
            start = i + 1
    return out


def write(kind, boxes):
    write_json_test(kind, [boxes], sizes(boxes))


def blocks(n, letters_per_block, block_len):
    """Shipments of shuffled letters from disjoint letter groups, cycling through a-z."""
    out, letter = [], 0
    while len(out) < n:
        group = [string.ascii_lowercase[(letter + k) % 26] for k in range(letters_per_block)]
        letter += letters_per_block
        block = [rng.choice(group) for _ in range(block_len)]
        out += block
    return "".join(out[:n])


clear_data()
rng = random.Random(12001)
write("sample", "abacdcdeff")
write("sample", "xyzx")
for boxes in ["a", "z", "aa", "ab", "abab", "abba", "abcabc", "aabbcc", "abcdefghijklmnopqrstuvwxyz",
              "zyxwvutsrqponmlkjihgfedcbaz", "qqqwqqq", "abcbdefedg", "aabcbbdd"]:
    write("secret", boxes)
for n in [20, 100, 1000]:
    write("secret", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)))
    write("secret", blocks(n, 2, 5))
write("secret", blocks(5000, 1, 3))
# Largest: 26 single-letter runs, one letter bracketing everything, short repeated blocks, and
# a random mix (almost surely one shipment).
N = 10**5
write("secret", "".join(c * (N // 26) for c in string.ascii_lowercase)[:N])
write("secret", "a" + blocks(N - 2, 3, 7).replace("a", "b") + "a")
write("secret", blocks(N, 1, 1))
write("secret", "".join(rng.choice(string.ascii_lowercase) for _ in range(N)))
