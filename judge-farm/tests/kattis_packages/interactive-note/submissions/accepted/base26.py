# The number in base 26, digits a-z.
mode, value = input().split()
if mode == "encode":
    x, word = int(value), ""
    while True:
        word = chr(ord("a") + x % 26) + word
        x //= 26
        if x == 0:
            break
    print(word, flush=True)
else:
    x = 0
    for c in value:
        x = x * 26 + ord(c) - ord("a")
    print(x, flush=True)
