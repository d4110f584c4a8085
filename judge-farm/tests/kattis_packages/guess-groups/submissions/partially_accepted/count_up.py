# @EXPECTED_SCORE@: 30
# Guesses 1, 2, 3, ...: enough for the small group only.
n = int(input())
for guess in range(1, n + 1):
    print(guess, flush=True)
    if input().strip() == "=":
        break
