# Facts from neighbouring words (first difference only), then Kahn's algorithm.
import sys


def main():
    data = sys.stdin.read().split()
    words = data[1:1 + int(data[0])]
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for u, v in zip(words, words[1:]):
        for x, y in zip(u, v):
            if x != y:
                after[x].add(y)
                break
        else:
            if len(u) > len(v):  # a word after its own prefix
                print("IMPOSSIBLE")
                return
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
