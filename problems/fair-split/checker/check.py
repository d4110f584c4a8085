# Custom checker: check.py <input> <answer> <feedback_dir> < contestant output (the Kattis
# interface). The answer file holds one fair split, or NO when none exists. Accepts (exit 42)
# any group of distinct items worth exactly half the total, or NO when the answer says so;
# else rejects (43).
import sys

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


with open(sys.argv[1]) as f:
    data = f.read().split()
n = int(data[0])
values = [int(t) for t in data[1:1 + n]]
with open(sys.argv[2]) as f:
    possible = f.read().split()[:1] != ["NO"]

tokens = sys.stdin.read().split()
if not tokens:
    reject("empty output")
if tokens == ["NO"]:
    if possible:
        reject("printed NO, but a fair split exists")
    sys.exit(ACCEPT)
if not possible:
    reject("a split was printed, but no fair split exists")
try:
    numbers = [int(t) for t in tokens]
except ValueError:
    reject("expected NO or integers")
k, group = numbers[0], numbers[1:]
if k != len(group):
    reject(f"the first number says {k} items, but {len(group)} item numbers follow")
if len(set(group)) != len(group):
    reject("an item is listed twice")
if not all(1 <= i <= n for i in group):
    reject(f"item numbers must be in 1..{n}")
worth = sum(values[i - 1] for i in group)
if 2 * worth != sum(values):
    reject(f"the group is worth {worth}, but half the total is {sum(values) / 2:g}")
sys.exit(ACCEPT)
