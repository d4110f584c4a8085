# Finds the number (the judge accepts the conversation), then crashes: a runtime error.
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
raise RuntimeError("done, and crashing on purpose")
