# The folder's main file: problemtools runs main.* when there is one, and arith.py (first by
# name) is a module beside it.
from arith import add

a, b = map(int, input().split())
print(add(a, b))
