# Reverses the whole line: the words change places, but come out spelled backwards.
print(input()[::-1])
