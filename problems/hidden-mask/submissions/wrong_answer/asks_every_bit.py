# Asks 0 and then all 30 bits: 31 questions, one over the limit (correct otherwise).
import sys


def ask(x):
    print(f"? {x}", flush=True)
    return int(sys.stdin.readline())


ones = ask(0)
h = 0
for i in range(30):
    if ask(1 << i) == ones - 1:
        h |= 1 << i
print(f"! {h}", flush=True)
