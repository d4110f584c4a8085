# Reads only the first line, then divides by the length of an empty list.
n = int(input())
xs = []
print(sum(xs) / len(xs))
