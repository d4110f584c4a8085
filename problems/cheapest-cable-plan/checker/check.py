# Custom checker: check.py <input> <answer> <feedback_dir> < contestant output (the Kattis
# interface). Accepts (exit 42) any plan whose cables connect every office and cost the
# smallest total, the one in the answer file; rejects (exit 43) anything else with a message.
import sys

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


def integers(tokens, what):
    try:
        return [int(t) for t in tokens]
    except ValueError:
        reject(f"{what}: expected integers")


with open(sys.argv[1], "rb") as f:
    data = f.read().split()
n, m = int(data[0]), int(data[1])
cables = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
with open(sys.argv[2], "rb") as f:
    best = int(f.read().split()[0])

lines = sys.stdin.read().strip().split("\n")
head = lines[0].split()
if len(head) != 1:
    reject(f"the first line must hold one integer, got {lines[0][:60]!r}")
total = integers(head, "the first line")[0]
if best == -1 or total == -1:
    if total != best or len(lines) > 1:
        reject(f"printed {total}, expected {best}" if total != best else "-1 must stand alone")
    sys.exit(ACCEPT)
if total != best:
    reject(f"the total is {total}, but the cheapest plan costs {best}")
chosen = integers(" ".join(lines[1:]).split(), "the second line")
if len(chosen) != n - 1:
    reject(f"{len(chosen)} cables chosen, a plan for {n} offices has {n - 1}")
if len(set(chosen)) != len(chosen) or not all(1 <= c <= m for c in chosen):
    reject(f"cable numbers must be distinct and within 1..{m}")
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


cost = 0
for c in chosen:
    u, v, w = cables[c - 1]
    ru, rv = find(u), find(v)
    if ru == rv:
        reject(f"cable {c} closes a cycle: offices {u} and {v} are already connected")
    parent[ru] = rv
    cost += w
if cost != total:
    reject(f"the chosen cables cost {cost}, not the printed {total}")
sys.exit(ACCEPT)
