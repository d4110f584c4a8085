class Solution:
    def reachCounts(self, n: int, trails: List[List[int]], hikers: List[List[int]]) -> List[int]:
        parent, size = list(range(n)), [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        trails = sorted(trails, key=lambda t: t[2])
        answer = [0] * len(hikers)
        t = 0
        for j in sorted(range(len(hikers)), key=lambda j: hikers[j][1]):
            hut, skill = hikers[j]
            while t < len(trails) and trails[t][2] < skill:
                a, b = find(trails[t][0]), find(trails[t][1])
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
                t += 1
            answer[j] = size[find(hut)]
        return answer
