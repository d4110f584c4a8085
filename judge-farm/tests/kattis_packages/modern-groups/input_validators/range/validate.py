# Kattis input validator: exit 42 for a valid input. Only --big (group 2's flag) allows
# numbers beyond 32 bits.
import sys

big = "--big" in sys.argv[1:]
tokens = sys.stdin.read().split()
n, values = int(tokens[0]), [int(t) for t in tokens[1:]]
bound = 10**10 if big else 2**31 - 1
ok = 1 <= n <= 10000 and len(values) == n and all(abs(v) <= bound for v in values)
sys.exit(42 if ok else 43)
