# @EXPECTED_SCORE@: 50
# One more than the sum: half of every test's worth.
a, b = map(int, input().split())
print(a + b + 1)
