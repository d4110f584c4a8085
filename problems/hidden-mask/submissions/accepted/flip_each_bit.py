# Ask 0, then each of bits 0..28 alone; bit 29 follows from the count of ones.
import sys


def ask(x):
    print(f"? {x}", flush=True)
    return int(sys.stdin.readline())


ones = ask(0)
h, found = 0, 0
if ones > 0:
    for i in range(29):
        if ask(1 << i) == ones - 1:  # flipping bit i made one more position agree
            h |= 1 << i
            found += 1
    if found < ones:
        h |= 1 << 29
print(f"! {h}", flush=True)
