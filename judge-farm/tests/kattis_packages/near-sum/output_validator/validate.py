# Kattis output validator of a scored problem: validate.py <input> <answer> <feedback_dir>
# < the output. The exact sum is accepted whole; one off by at most the tolerance is accepted
# for half its worth (score_multiplier.txt); anything else is rejected. The two numbers are
# problem.yaml's constants, put in place when the package is imported.
import sys

TOLERANCE = {{tolerance}}
PART = "{{half}}"

answer = int(open(sys.argv[2]).read())
feedback = sys.argv[3]
try:
    got = int(sys.stdin.read())
except ValueError:
    sys.exit(43)
if got == answer:
    sys.exit(42)
if abs(got - answer) <= TOLERANCE:
    with open(feedback + "score_multiplier.txt", "w") as f:
        f.write(PART + "\n")
    sys.exit(42)
sys.exit(43)
