# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(n, votes):
    score = [0] * (n + 1)
    for a, b in votes:
        score[a] -= 1
        score[b] += 1
    for p in range(1, n + 1):
        if score[p] == n - 1:
            return p
    return -1


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


def write(kind, n, votes):
    text = f"{n} {len(votes)}\n" + "".join(f"{a} {b}\n" for a, b in votes)
    write_test(kind, text, f"{solve(n, votes)}\n")


clear_data()
rng = random.Random(13101)


def town(n, extra, trustee=True, betray=False):
    """Everyone trusts the trustee t (if any), plus `extra` random votes not out of t; with
    `betray`, t also trusts one other person."""
    t = rng.randint(1, n)
    votes = set()
    if trustee:
        votes |= {(p, t) for p in range(1, n + 1) if p != t}
    while extra > 0 and n > 2:
        a, b = rng.sample(range(1, n + 1), 2)
        if a != t and (a, b) not in votes:
            votes.add((a, b))
            extra -= 1
    if betray and n > 1:
        b = rng.choice([p for p in (1, 2, 3) if p != t and p <= n])
        votes.add((t, b))
    votes = list(votes)
    rng.shuffle(votes)
    return votes


write("sample", 3, [(1, 3), (2, 3)])
write("sample", 3, [(1, 3), (2, 3), (3, 1)])
write("sample", 1, [])
write("secret", 2, [])
write("secret", 2, [(1, 2)])
write("secret", 2, [(2, 1)])
write("secret", 2, [(1, 2), (2, 1)])
write("secret", 3, [])
write("secret", 3, [(1, 2), (2, 3)])
write("secret", 4, [(1, 3), (2, 3), (4, 3), (3, 4)])
write("secret", 4, [(1, 3), (2, 3), (4, 3), (1, 2)])
write("secret", 4, [(1, 3), (2, 3)])
write("secret", 5, town(5, 3))
write("secret", 10, town(10, 20, betray=True))
write("secret", 50, town(50, 100))
write("secret", 50, town(50, 100, trustee=False))
write("secret", 300, town(300, 500))
# Maximum sizes: a trustee with extra votes up to m = 3*10^4; the same but the trustee trusts
# someone; one person short of everyone; nobody voting; a cycle of trust.
N = 10**4
write("secret", N, town(N, 2 * 10**4))
write("secret", N, town(N, 2 * 10**4 - 2, betray=True))
votes = town(N, 0)
write("secret", N, votes[:-1] + [(votes[-1][0], votes[0][0] if votes[0][0] != votes[-1][0] else votes[1][0])])
write("secret", N, [])
write("secret", 100, town(100, 90 * 99))
write("secret", N, [(p, p + 1) for p in range(1, N)] + [(N, 1)])
write("secret", 2, [(1, 2), (2, 1)][:1])
for _ in range(3):
    n = rng.randint(3, 30)
    write("secret", n, town(n, rng.randint(0, n), trustee=rng.random() < 0.7, betray=rng.random() < 0.3))
