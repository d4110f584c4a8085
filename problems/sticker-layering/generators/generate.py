# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (Kahn's algorithm), checked on small tests
# against a brute force that tries every order of the stickers.
import itertools
import random
import string
from collections import deque


def solve(rules):
    ids = {}
    for x, y in rules:
        ids.setdefault(x, len(ids))
        ids.setdefault(y, len(ids))
    n = len(ids)
    after = [[] for _ in range(n)]
    waits = [0] * n
    for x, y in rules:
        after[ids[x]].append(ids[y])
        waits[ids[y]] += 1
    queue = deque(s for s in range(n) if waits[s] == 0)
    placed = 0
    while queue:
        s = queue.popleft()
        placed += 1
        for t in after[s]:
            waits[t] -= 1
            if waits[t] == 0:
                queue.append(t)
    return placed == n


def brute(rules):
    names = sorted({v for r in rules for v in r})
    for perm in itertools.permutations(names):
        pos = {v: i for i, v in enumerate(perm)}
        if all(pos[x] < pos[y] for x, y in rules):
            return True
    return False


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


def write(kind, rules):
    answer = solve(rules)
    if len({v for r in rules for v in r}) <= 7:
        assert answer == brute(rules), rules
    write_json_test(kind, [rules], answer)


def names(count, low=1, high=10):
    out = set()
    while len(out) < count:
        out.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high))))
    out = sorted(out)
    rng.shuffle(out)
    return out


def dag(pool, m, span=None):
    """m rules that agree with the order of `pool` (each rule goes forwards in it)."""
    k = len(pool)
    rules = []
    for _ in range(m):
        if span is None:
            i, j = sorted(rng.sample(range(k), 2))
        else:
            i = rng.randrange(k - 1)
            j = rng.randint(i + 1, min(k - 1, i + span))
        rules.append([pool[i], pool[j]])
    return rules


def plus_cycle(pool, rules, length):
    steps = rng.sample(pool, length)
    out = rules + [[steps[i], steps[(i + 1) % length]] for i in range(length)]
    rng.shuffle(out)
    return out


clear_data()
rng = random.Random(17601)
M = 2 * 10**4

write("sample", [["moon", "star"], ["sky", "moon"], ["sky", "cloud"], ["cloud", "star"]])
write("sample", [["leaf", "bee"], ["bee", "rose"], ["rose", "leaf"], ["sun", "leaf"]])
write("sample", [["owl", "owl"]])
# Edge cases.
write("secret", [])
write("secret", [["a", "b"]])
write("secret", [["a", "b"], ["b", "a"]])
write("secret", [["a", "b"], ["a", "b"], ["a", "b"]])
write("secret", [["kite", "kite"], ["a", "b"]])
write("secret", [["a", "b"], ["b", "c"], ["c", "d"], ["d", "b"], ["x", "a"]])
write("secret", [["p", "q"], ["q", "r"], ["p", "r"], ["r", "s"]])
write("secret", [["abcdefghij", "abcdefghik"], ["abcdefghik", "abcdefghij"]])
write("secret", [["ab", "a"], ["a", "b"], ["b", "ba"]])
# Small random tests, each checked against the brute force.
for _ in range(6):
    pool = names(rng.randint(2, 6), 1, 2)
    rules = [[rng.choice(pool), rng.choice(pool)] for _ in range(rng.randint(1, 8))]
    rules = [r for r in rules if r[0] != r[1]] or [[pool[0], pool[1]]]
    write("secret", rules)
pool = names(7, 1, 3)
write("secret", dag(pool, 12))
write("secret", plus_cycle(pool, dag(pool, 8), 3))
# Larger and maximum sizes.
pool = names(500)
write("secret", dag(pool, 2000))
write("secret", plus_cycle(pool, dag(pool, 1997), 3))
pool = names(10**4)
write("secret", [[pool[i], pool[i + 1]] for i in range(len(pool) - 1)])  # one long chain
pool = names(10**4, 3, 3)
write("secret", [[pool[i], pool[(i + 1) % len(pool)]] for i in range(len(pool))])  # one long cycle
write("secret", dag(pool, M))
write("secret", plus_cycle(pool, dag(pool, M - 4, 3), 4))
rules = dag(pool, M - 1)
rules.insert(rng.randrange(M), [pool[77], pool[77]])
write("secret", rules)
big = names(2 * 10**4 + 1, 3, 4)
write("secret", [[big[0], big[i]] for i in range(1, 2 * 10**4 + 1)])  # one sticker under all
write("secret", [[pool[i], pool[i + 1]] for i in range(M // 2 - 1)] + [[pool[M // 2 - 1], pool[M // 4]]])
write("secret", [[pool[5], pool[9]]] * (M // 4) + [[pool[9], pool[5]]] * (M // 4))
