# Interactor: interactor.py <input> <answer> <feedback_dir> while it converses with the
# solution (its stdin is the solution's output, its stdout the solution's input). The input
# file holds "n b". Exit 42 when the solution names b within 30 questions, 43 otherwise, with
# the reason in judgemessage.txt.
import os
import re
import sys

ACCEPT, REJECT = 42, 43
MAX_QUESTIONS = 30
LINE = re.compile(r"([?!]) (-?[0-9]{1,19})")


def finish(code, message=None):
    if message is not None:
        with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
            feedback.write(message + "\n")
    # os._exit: a solution that already left must not turn the judge's own exit into an error.
    os._exit(code)


def send(text):
    try:
        print(text, flush=True)
    except BrokenPipeError:
        finish(REJECT, "the program left before reading the judge's reply")


with open(sys.argv[1]) as f:
    n, b = map(int, f.read().split())

send(n)
questions = 0
while True:
    line = sys.stdin.readline()
    if not line:
        finish(REJECT, f"the program ended after {questions} questions without an answer")
    match = LINE.fullmatch(line.strip())
    if not match:
        finish(REJECT, f"expected '? k' or '! b', got {line.strip()[:50]!r}")
    kind, k = match.group(1), int(match.group(2))
    if kind == "!":
        if k != b:
            finish(REJECT, f"answered {k}, but the first broken build is {b}")
        finish(ACCEPT)
    questions += 1
    if questions > MAX_QUESTIONS:
        finish(REJECT, f"more than {MAX_QUESTIONS} questions")
    if not 1 <= k <= n:
        finish(REJECT, f"question {questions}: build {k} is outside 1..{n}")
    send(1 if k >= b else 0)
