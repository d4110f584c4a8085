# Binary search: at most 30 guesses for any n up to 10^9.
n = int(input())
low, high = 1, n
while True:
    mid = (low + high) // 2
    print(mid, flush=True)
    reply = input().strip()
    if reply == "=":
        break
    if reply == "<":
        high = mid - 1
    else:
        low = mid + 1
