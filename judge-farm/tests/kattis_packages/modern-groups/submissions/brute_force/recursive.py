# Adds recursively: Python's recursion limit breaks it on group 2's 1200 numbers.
def total(values):
    return values[0] + total(values[1:]) if values else 0


input()
print(total([int(v) for v in input().split()]))
