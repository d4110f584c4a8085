# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


class TabHistory:
    def __init__(self, home):
        self.pages, self.cur, self.last = [home], 0, 0

    def open(self, url):
        self.cur += 1
        del self.pages[self.cur:]
        self.pages.append(url)
        self.last = self.cur

    def back(self, steps):
        self.cur = max(0, self.cur - steps)
        return self.pages[self.cur]

    def forward(self, steps):
        self.cur = min(self.last, self.cur + steps)
        return self.pages[self.cur]


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


def write(kind, home, calls):
    tab = TabHistory(home)
    names, args, out = ["TabHistory"], [[home]], [None]
    for name, arg in calls:
        names.append(name)
        args.append([arg])
        out.append(getattr(tab, name)(arg))
    write_test(kind, dump({"calls": names, "args": args}) + "\n", dump(out) + "\n")


clear_data()
rng = random.Random(13201)
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789."


def page(pool=None):
    if pool:
        return rng.choice(pool)
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 20)))


def session(count, p_open=0.4, max_steps=100, pool=None):
    calls = []
    for _ in range(count):
        r = rng.random()
        if r < p_open:
            calls.append(("open", page(pool)))
        else:
            calls.append(("back" if r < p_open + (1 - p_open) / 2 else "forward", rng.randint(1, max_steps)))
    return calls


write("sample", "home.io", [("open", "a.io"), ("open", "b.io"), ("back", 1), ("back", 1),
                            ("forward", 1), ("open", "c.io"), ("forward", 2), ("back", 5)])
write("sample", "x", [("back", 3), ("forward", 3), ("open", "x"), ("open", "y"), ("back", 1)])
write("secret", "a", [("back", 1)])
write("secret", "a", [("forward", 100)])
write("secret", "a", [("open", "b")])
write("secret", "a", [("open", "b"), ("back", 1), ("open", "c"), ("forward", 1)])
write("secret", "a", [("open", "b"), ("open", "c"), ("back", 2), ("open", "d"), ("forward", 5), ("back", 1)])
write("secret", "z" * 20, [("open", "." * 20), ("back", 100), ("forward", 100)])
write("secret", "1", [("open", str(i)) for i in range(2, 12)] + [("back", 4), ("open", "x"), ("forward", 3), ("back", 100), ("forward", 100)])
write("secret", "p", [("open", "p"), ("open", "p"), ("back", 1), ("forward", 1)])
for count in (10, 20, 50, 100):
    write("secret", page(), session(count, max_steps=5))
for count in (200, 500):
    write("secret", page(), session(count, max_steps=10, pool=["a", "b", "c"]))
# Maximum sizes: 5000 calls, with many opens, few opens and long jumps, after a long history.
write("secret", page(), session(5000, 0.5, 3))
write("secret", page(), session(5000, 0.2, 100))
write("secret", page(), session(5000, 0.7, 100))
write("secret", page(), [("open", page()) for _ in range(2500)] + session(2500, 0.1, 100))
write("secret", page(), [("open", page()) for _ in range(4000)] + [("back", 100)] * 500 + [("forward", 60)] * 500)
write("secret", page(), session(5000, 0.34, 1))
for _ in range(3):
    write("secret", page(), session(rng.randint(1, 300), rng.random(), rng.randint(1, 100)))
