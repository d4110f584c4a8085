# Halves the range with every guess: 30 guesses are enough for 1..10^9.
import sys

low, high = 1, 10**9
while low <= high:
    guess = (low + high) // 2
    print(guess, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "<":
        high = guess - 1
    elif reply == ">":
        low = guess + 1
    else:
        break
