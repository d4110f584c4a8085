# Interactor: interactor.py <input> <answer> <feedback_dir> while it converses with the solution
# (its stdin is the solution's output, its stdout the solution's input). The input holds the
# mask h. Exit 42 when the solution names h within 30 questions, 43 otherwise, with the reason
# in judgemessage.txt.
import os
import re
import sys

ACCEPT, REJECT = 42, 43
MAX_QUESTIONS = 30
LIMIT = 1 << 30
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
    h = int(f.read().split()[0])

questions = 0
while True:
    line = sys.stdin.readline()
    if not line:
        finish(REJECT, f"the program ended after {questions} questions without an answer")
    match = LINE.fullmatch(line.strip())
    if not match:
        finish(REJECT, f"expected '? x' or '! h', got {line.strip()[:50]!r}")
    kind, x = match.group(1), int(match.group(2))
    if kind == "!":
        if x != h:
            finish(REJECT, f"answered {x}, but the mask is {h}")
        finish(ACCEPT)
    questions += 1
    if questions > MAX_QUESTIONS:
        finish(REJECT, f"more than {MAX_QUESTIONS} questions")
    if not 0 <= x < LIMIT:
        finish(REJECT, f"question {questions}: {x} is outside 0..2^30-1")
    send(bin(x ^ h).count("1"))
