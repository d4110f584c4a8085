# Kattis output validator of a multi-pass problem: validate.py <input> <answer> <feedback_dir>
# < the run's output. The first pass's note becomes the second pass's input (nextpass.in).
import re
import sys


def reject(feedback, message):
    with open(feedback + "judgemessage.txt", "w") as f:
        f.write(message + "\n")
    sys.exit(43)


input_path, answer_path, feedback = sys.argv[1:4]
mode = open(input_path).read().split()[0]
output = sys.stdin.read().split()
if mode == "encode":
    if len(output) != 1 or not re.fullmatch(r"[a-z]{1,7}", output[0]):
        reject(feedback, "the note must be one word of 1 to 7 lowercase letters")
    with open(feedback + "nextpass.in", "w") as f:
        f.write("decode\n" + output[0] + "\n")
    sys.exit(42)
if output != open(answer_path).read().split():
    reject(feedback, "the number read back is not the number noted")
sys.exit(42)
