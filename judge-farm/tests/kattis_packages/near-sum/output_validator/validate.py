# Kattis output validator of a scored problem: validate.py <input> <answer> <feedback_dir>
# < the output. The exact sum is accepted whole; one off by at most 10 is accepted for half its
# worth (score_multiplier.txt); anything else is rejected.
import sys

answer = int(open(sys.argv[2]).read())
feedback = sys.argv[3]
try:
    got = int(sys.stdin.read())
except ValueError:
    sys.exit(43)
if got == answer:
    sys.exit(42)
if abs(got - answer) <= 10:
    with open(feedback + "score_multiplier.txt", "w") as f:
        f.write("0.5\n")
    sys.exit(42)
sys.exit(43)
