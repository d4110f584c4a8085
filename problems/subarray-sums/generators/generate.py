# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; answers come from the linear reference.
import random
from pathlib import Path

def answer(k, xs):
    seen, total, count = {0: 1}, 0, 0
    for x in xs:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count

def write(path, k, xs):
    path = Path("data") / path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(f"{len(xs)} {k}\n{' '.join(map(str, xs))}\n")
    path.with_suffix(".ans").write_text(f"{answer(k, xs)}\n")

rng = random.Random(2026)
write("sample/1", 3, [1, 2, 1, 2, 1])
write("sample/2", 0, [1, -1, 0, 2, -2])
write("secret/group1/01", 5, [5])
write("secret/group1/02", 0, [0] * 100)
write("secret/group1/03", 7, [rng.randint(-5, 9) for _ in range(100)])
write("secret/group1/04", -10000, [rng.choice([-10000, 0, 10000]) for _ in range(97)])
# Every subarray of zeros sums to 0: n(n+1)/2 of them, more than 32 bits hold.
write("secret/group2/01", 0, [0] * 200_000)
write("secret/group2/02", 4, [rng.randint(-3, 3) for _ in range(200_000)])
write("secret/group2/03", 0, [rng.randint(-10_000, 10_000) for _ in range(150_000)])

# Added for the catalogue (issue 15), after the first tests so that those stay as they were:
# more edge cases in each group, from a second seed. No secret answer is 4, the first
# sample's: a solution that is wrong on that answer alone fails the samples but no group.
more = random.Random(2027)
write("secret/group1/05", 1, [1])
write("secret/group1/06", -10000, [-10000])
write("secret/group1/07", 3, [4])
write("secret/group1/08", 0, [1, -1] * 50)
write("secret/group1/09", 10000 * 100, [10000] * 100)
write("secret/group1/10", -5, [-1] * 100)
write("secret/group1/11", 2, [more.randint(-2, 2) for _ in range(100)])
write("secret/group1/12", -3, [more.randint(-10000, 10000) for _ in range(60)])
write("secret/group1/13", 10, [more.randint(0, 5) for _ in range(80)])
write("secret/group1/14", 0, [more.choice([-7, 7, 0]) for _ in range(99)])
write("secret/group2/04", 2 * 10**9, [10000] * 10**4)
write("secret/group2/05", -1, [more.randint(-1, 1) for _ in range(20_000)])
write("secret/group2/06", 100, [more.randint(-10000, 10000) for _ in range(10**4)])
write("secret/group2/07", 10**7, [more.randint(0, 10000) for _ in range(10**4)])
write("secret/group2/08", 0, [more.choice([-1, 1]) for _ in range(20_000)])
write("secret/group2/09", 5, [more.randint(0, 3) for _ in range(101)])
