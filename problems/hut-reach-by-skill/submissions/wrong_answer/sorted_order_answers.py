# The right sweep, but it appends each answer as the hikers come in sorted order, and returns
# that list: the answers no longer line up with the hikers as given.
class Solution:
    def reachCounts(self, n: int, trails: List[List[int]], hikers: List[List[int]]) -> List[int]:
        parent, size = list(range(n)), [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        trails = sorted(trails, key=lambda t: t[2])
        answer, t = [], 0
        for hut, skill in sorted(hikers, key=lambda k: k[1]):
            while t < len(trails) and trails[t][2] < skill:
                a, b = find(trails[t][0]), find(trails[t][1])
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
                t += 1
            answer.append(size[find(hut)])
        return answer
