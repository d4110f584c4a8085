# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the bit-counting reference below, checked against a brute force on small
# inputs and against a binary-trie walk on all of them.
from collections import Counter
import random


def solve(codes, k):
    """For each bit b set in k: pairs with (x>>b) ^ (y>>b) == (k>>b) ^ 1."""
    total = 0
    for b in range(31):
        if not k >> b & 1:
            continue
        want = (k >> b) ^ 1
        count = Counter(c >> b for c in codes)
        if want == 0:
            total += sum(m * (m - 1) // 2 for m in count.values())
        else:
            total += sum(m * count.get(v ^ want, 0) for v, m in count.items()) // 2
    return total


def trie(codes, k):
    if k >= 1 << 30:
        return len(codes) * (len(codes) - 1) // 2
    left, right, cnt = [0], [0], [0]
    total = 0
    for x in codes:
        node = 0
        for b in range(29, -1, -1):
            xb = x >> b & 1
            kids = (left, right)
            if k >> b & 1:
                same = kids[xb][node]
                if same:
                    total += cnt[same]
                node = kids[1 - xb][node]
            else:
                node = kids[xb][node]
            if not node:
                break
        node = 0
        cnt[0] += 1
        for b in range(29, -1, -1):
            kids = left if not x >> b & 1 else right
            if not kids[node]:
                kids[node] = len(cnt)
                left.append(0)
                right.append(0)
                cnt.append(0)
            node = kids[node]
            cnt[node] += 1
    return total


def brute(codes, k):
    n = len(codes)
    return sum(codes[i] ^ codes[j] < k for i in range(n) for j in range(i + 1, n))


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

TOP = (1 << 30) - 1


def write(kind, codes, k):
    answer = solve(codes, k)
    assert answer == trie(codes, k)
    if len(codes) <= 400:
        assert answer == brute(codes, k)
    write_json_test(kind, [codes, k], answer)


def rand_codes(n, high=TOP):
    return [rng.randint(0, high) for _ in range(n)]


def clustered(n, groups, spread):
    """Codes near a few centres, so many XORs are small and share high bits."""
    centres = rand_codes(groups)
    return [rng.choice(centres) ^ rng.randint(0, spread) for _ in range(n)]


clear_data()
rng = random.Random(17401)

# Self-check of the three methods on many small random inputs.
for _ in range(300):
    cs = rand_codes(rng.randint(2, 12), rng.choice([7, 63, TOP]))
    kk = rng.choice([0, 1, rng.randint(0, 64), rng.randint(0, 1 << 30), 1 << 30])
    assert solve(cs, kk) == brute(cs, kk) == trie(cs, kk)

write("sample", [6, 3, 7, 2, 9], 4)
write("sample", [8, 8, 8], 1)
write("sample", [10, 10, 3], 0)
# Small and edge cases.
write("secret", [0, 0], 0)
write("secret", [0, 0], 1)
write("secret", [TOP, 0], 1 << 30)  # k = 2^30: every pair
write("secret", [TOP, 0], TOP)  # XOR exactly k
write("secret", [5, 1, 4, 12], 5)
write("secret", [1, 2, 3, 4, 5, 6, 7, 8], 3)
write("secret", [1 << 29, (1 << 29) + 1, 1, 0], 2)
write("secret", [7] * 10 + [0] * 5, 7)
write("secret", list(range(64)), 16)
write("secret", list(range(100)), 37)
# Random small and medium cases.
write("secret", rand_codes(50, 255), 100)
write("secret", rand_codes(200), 1 << 27)
write("secret", clustered(300, 4, 1023), 600)
write("secret", rand_codes(400, 31), 9)
write("secret", rand_codes(1000), rng.randint(0, 1 << 30))
write("secret", clustered(3000, 20, 1 << 12), 3000)
# Maximum sizes: 20000 codes.
write("secret", rand_codes(20000), 1 << 29)
write("secret", rand_codes(20000), rng.randint(1, TOP))
write("secret", rand_codes(20000), 1 << 30)  # every pair: 199990000
write("secret", rand_codes(20000), 0)
write("secret", clustered(20000, 50, 1 << 15), (1 << 15) - 1)
write("secret", clustered(20000, 8, 1 << 20), 123456)
write("secret", [rng.randint(0, 3) for _ in range(20000)], 2)  # huge groups of equal codes
write("secret", [TOP - rng.randint(0, 1000) for _ in range(20000)], 512)
write("secret", list(range(20000)), 1 << 14)
write("secret", rand_codes(20000, 1 << 16), 1000)
