# Kattis interactor: interactor.py <input> <answer> <feedback_dir> while it converses with the
# solution (its stdin is the solution's output, its stdout the solution's input). The input
# file holds the hidden number. Exit 42 when the solution found it within the guess budget,
# 43 otherwise, with the reason in judgemessage.txt.
import os
import sys

ACCEPT, REJECT = 42, 43
LOW, HIGH = 1, 10**9
MAX_GUESSES = 30


def finish(code, message=None):
    if message is not None:
        with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
            feedback.write(message + "\n")
    # os._exit: a solution that already left must not turn the judge's own exit into an error
    # (Python would try to flush the reply into the broken pipe once more).
    os._exit(code)


with open(sys.argv[1]) as f:
    hidden = int(f.read().split()[0])

for guess_number in range(1, MAX_GUESSES + 1):
    line = sys.stdin.readline()
    if not line:
        finish(REJECT, f"the program ended after {guess_number - 1} guesses without finding the number")
    try:
        guess = int(line)
    except ValueError:
        finish(REJECT, f"guess {guess_number}: {line.strip()[:50]!r} is not a number")
    if not LOW <= guess <= HIGH:
        finish(REJECT, f"guess {guess_number}: {guess} is outside {LOW}..{HIGH}")
    reply = "=" if guess == hidden else "<" if hidden < guess else ">"
    try:
        print(reply, flush=True)
    except BrokenPipeError:
        finish(REJECT, f"the program left before reading the reply to guess {guess_number}")
    if reply == "=":
        finish(ACCEPT)
finish(REJECT, f"no right guess in {MAX_GUESSES} guesses")
