# Kattis interactor: interact.py <input> <answer> <feedback_dir>, conversing with the solution.
# The input file holds n and the hidden number. Exit 42 when the solution finds the number
# within 30 guesses, 43 otherwise, saying why in judgemessage.txt.
import os
import sys

GUESSES = 30


def finish(code, message=None):
    if message is not None:
        with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
            feedback.write(message + "\n")
    os._exit(code)


n, hidden = map(int, open(sys.argv[1]).read().split())
try:
    print(n, flush=True)
except BrokenPipeError:
    finish(43, "the program left before reading n")
for number in range(1, GUESSES + 1):
    line = sys.stdin.readline()
    if not line:
        finish(43, f"the program ended after {number - 1} guesses")
    try:
        guess = int(line)
    except ValueError:
        finish(43, f"guess {number}: {line.strip()[:40]!r} is not a number")
    reply = "=" if guess == hidden else "<" if hidden < guess else ">"
    try:
        print(reply, flush=True)
    except BrokenPipeError:
        finish(43, f"the program left before reading the reply to guess {number}")
    if reply == "=":
        finish(42)
finish(43, f"not found in {GUESSES} guesses")
