# Kattis output validator: validate.py <input> <answer> <feedback_dir> < contestant output.
import sys

expected = open(sys.argv[2]).read().split()
got = sys.stdin.read().split()
sys.exit(42 if got == expected else 43)
