# Notes the number well, then crashes when asked to read it back (the second pass).
mode, value = input().split()
if mode == "decode":
    raise SystemExit("cannot read my own handwriting")
x, word = int(value), ""
while True:
    word = chr(ord("a") + x % 26) + word
    x //= 26
    if x == 0:
        break
print(word, flush=True)
