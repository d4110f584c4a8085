# Notes nothing useful: reads every word back as 0.
mode, value = input().split()
print("a" if mode == "encode" else 0, flush=True)
