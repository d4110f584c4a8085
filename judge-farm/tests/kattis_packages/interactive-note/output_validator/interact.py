# Kattis interactor of a multi-pass problem: interact.py <input> <answer> <feedback_dir>,
# conversing with the solution. In the first pass (input "encode x") it takes the program's
# word and writes "decode <word>" as the next pass's input; in the second it checks that the
# program reads the word back as the answer's number.
import os
import re
import sys

input_path, answer_path, feedback = sys.argv[1:4]


def finish(code, message=None):
    if message is not None:
        with open(feedback + "judgemessage.txt", "w") as f:
            f.write(message + "\n")
    os._exit(code)


mode, value = open(input_path).read().split()
try:
    print(mode, value, flush=True)
except BrokenPipeError:
    finish(43, "the program left before reading the task")
reply = sys.stdin.readline().strip()
if mode == "encode":
    if not re.fullmatch(r"[a-z]{1,7}", reply):
        finish(43, "the note must be one word of 1 to 7 lowercase letters")
    with open(feedback + "nextpass.in", "w") as f:
        f.write(f"decode {reply}\n")
    finish(42)
if reply != open(answer_path).read().strip():
    finish(43, "the number read back is not the number noted")
finish(42)
