# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (an event sweep).
import json
import random
import shutil
from pathlib import Path


def solve(meetings):
    # At equal times an end (-1) sorts before a start (+1): the room is free again.
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    rooms = best = 0
    for _, change in events:
        rooms += change
        best = max(best, rooms)
    return best


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


def random_meetings(n, low, high, longest):
    out = []
    for _ in range(n):
        s = rng.randint(low, high - 1)
        out.append([s, min(high, s + rng.randint(1, longest))])
    return out


clear_data()
rng = random.Random(5701)
B, N = 10**9, 10000

write("sample", [[9, 12], [10, 11], [11, 13], [12, 14]])
write("sample", [[1, 5], [2, 6], [3, 7], [6, 8]])
write("sample", [[4, 9]])
write("secret", [[-B, B]])
write("secret", [[1, 5], [5, 8]])
write("secret", [[5, 8], [1, 5]])
write("secret", [[1, 5], [4, 8]])
write("secret", [[1, 2], [1, 2], [1, 2]])
write("secret", [[1, 10], [2, 3], [4, 5], [6, 7], [8, 9]])
write("secret", [[1, 10], [2, 3], [2, 5], [4, 6], [8, 9]])
write("secret", [[-10, -5], [-7, -1], [-6, 0], [0, 3]])
# Rooms freed long before are free again.
write("secret", [[1, 2], [1, 3], [1, 4], [10, 11], [10, 12], [10, 13], [10, 14]])
write("secret", [[-B, -B + 1], [B - 1, B], [-B, B]])
write("secret", [[3, 4], [1, 9], [2, 3], [5, 6], [4, 5]])
write("secret", random_meetings(20, 0, 50, 10))
write("secret", random_meetings(300, -1000, 1000, 200))
# Maximum sizes: 10^4 meetings.
write("secret", [[-B, B]] * N)
write("secret", [[i, i + 1] for i in range(N)][::-1])
write("secret", [[i, i + 2] for i in range(N)])
write("secret", random_meetings(N, -B, B, 10**6))
write("secret", random_meetings(N, -B, B, 4 * 10**8))
write("secret", random_meetings(N, 0, 1000, 50))
write("secret", [[i, N + i] for i in range(N)])
write("secret", [[i, 2 * N - i] for i in range(N)])
write("secret", [[5 * (i // 2), 5 * (i // 2) + 5] for i in range(N)])
