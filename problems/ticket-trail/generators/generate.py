# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import defaultdict


def solve(tickets, start):
    out = defaultdict(list)
    for a, b in sorted(tickets, reverse=True):
        out[a].append(b)  # reverse order: the smallest destination is popped from the end
    stack, trip = [start], []
    while stack:
        a = stack[-1]
        if out[a]:
            stack.append(out[a].pop())
        else:
            trip.append(stack.pop())
    return trip[::-1]


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


def write(kind, tickets, start):
    answer = solve(tickets, start)
    assert len(answer) == len(tickets) + 1
    write_json_test(kind, [tickets, start], answer)


clear_data()
rng = random.Random(14501)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def airports(k):
    names = set()
    while len(names) < k:
        names.add("".join(rng.choice(LETTERS) for _ in range(3)))
    return sorted(names)


def walk(names, length, start=None):
    """A random walk: its consecutive pairs, shuffled, are a pile with a valid trip."""
    path = [start or rng.choice(names)]
    for _ in range(length):
        path.append(rng.choice(names))
    tickets = [[a, b] for a, b in zip(path, path[1:])]
    rng.shuffle(tickets)
    return tickets, path[0]


write("sample", [["OSL", "ROM"], ["ROM", "OSL"], ["OSL", "AMS"]], "OSL")
write("sample", [["LIS", "MAD"], ["LIS", "BER"], ["BER", "LIS"], ["MAD", "LIS"]], "LIS")
write("sample", [["CPH", "CPH"], ["CPH", "CPH"]], "CPH")
write("secret", [["AAA", "ZZZ"]], "AAA")
write("secret", [["ZZZ", "AAA"]], "ZZZ")
write("secret", [["AAA", "BBB"], ["BBB", "AAA"], ["AAA", "CCC"], ["CCC", "AAA"]], "AAA")
write("secret", [["AAA", "BBB"], ["AAA", "CCC"], ["CCC", "AAA"]], "AAA")
write("secret", [["KEF", "DUB"], ["DUB", "KEF"], ["KEF", "DUB"]], "KEF")
write("secret", [["AAA", "AAB"], ["AAB", "AAA"], ["AAA", "AAB"], ["AAB", "AAC"]], "AAA")
# Dead ends that greedy walks into first.
write("secret", [["MMM", "AAA"], ["MMM", "BBB"], ["BBB", "MMM"], ["MMM", "CCC"], ["CCC", "MMM"]], "MMM")
write("secret", [["SSS", "BBB"], ["BBB", "SSS"], ["SSS", "AAA"], ["AAA", "DDD"], ["SSS", "CCC"], ["CCC", "SSS"]], "SSS")
for k, length in ((3, 10), (5, 30), (10, 100), (4, 200), (30, 500), (2, 50), (1, 5), (6, 12), (8, 40)):
    tickets, start = walk(airports(k), length)
    write("secret", tickets, start)
# Maximum sizes: 10^4 tickets over few airports (many duplicate tickets and choices), over
# many airports, a long chain, and a star through one hub.
N = 10**4
for k in (3, 20, 500):
    tickets, start = walk(airports(k), N)
    write("secret", tickets, start)
names = airports(N)
chain = [[names[i], names[i + 1]] for i in range(N - 1)] + [[names[-1], names[0]]]
rng.shuffle(chain)
write("secret", chain, names[0])
hub, spokes = "HUB", airports(200)
star = []
for _ in range(N // 2):
    s = rng.choice(spokes)
    star += [[hub, s], [s, hub]]
rng.shuffle(star)
write("secret", star, hub)
