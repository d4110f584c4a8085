# Custom checker: check.py <input> <answer> <feedback_dir> < contestant output (the Kattis
# interface). The answer file holds one valid order, or IMPOSSIBLE when none exists. Accepts
# (exit 42) any permutation of 1..n that keeps every rule, or IMPOSSIBLE when the answer says
# so; else rejects (43).
import sys

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


with open(sys.argv[1]) as f:
    data = f.read().split()
n, m = int(data[0]), int(data[1])
rules = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
with open(sys.argv[2]) as f:
    possible = f.read().split()[:1] != ["IMPOSSIBLE"]

tokens = sys.stdin.read().split()
if not tokens:
    reject("empty output")
if tokens == ["IMPOSSIBLE"]:
    if possible:
        reject("printed IMPOSSIBLE, but an order exists")
    sys.exit(ACCEPT)
if not possible:
    reject("printed an order, but the rules form a cycle")
if len(tokens) != n:
    reject(f"expected {n} task numbers, got {len(tokens)}")
position = [0] * (n + 1)
for i, t in enumerate(tokens, 1):
    if not t.isdigit() or not 1 <= int(t) <= n:
        reject(f"{t[:20]!r} is not a task number in 1..{n}")
    if position[int(t)]:
        reject(f"task {t} is listed twice")
    position[int(t)] = i
for a, b in rules:
    if position[a] > position[b]:
        reject(f"task {a} must run before task {b}")
sys.exit(ACCEPT)
