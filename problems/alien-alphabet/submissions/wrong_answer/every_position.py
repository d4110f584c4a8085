# Takes a fact from every position where neighbouring words differ, not only the first: in
# "az" before "bc" it also demands z before c, which the dictionary never says.
import sys


def main():
    data = sys.stdin.read().split()
    words = data[1:1 + int(data[0])]
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for u, v in zip(words, words[1:]):
        if len(u) > len(v) and u.startswith(v):
            print("IMPOSSIBLE")
            return
        for x, y in zip(u, v):
            if x != y:
                after[x].add(y)
    indegree = {c: 0 for c in letters}
    for x in letters:
        for y in after[x]:
            indegree[y] += 1
    ready = [c for c in letters if indegree[c] == 0]
    order = []
    while ready:
        x = ready.pop()
        order.append(x)
        for y in after[x]:
            indegree[y] -= 1
            if indegree[y] == 0:
                ready.append(y)
    print("".join(order) if len(order) == len(letters) else "IMPOSSIBLE")


main()
