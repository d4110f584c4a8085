class Solution:
    def fewestTerms(self, n: int, prerequisites: List[List[int]]) -> int:
        out = [[] for _ in range(n)]
        indegree = [0] * n
        for a, b in prerequisites:
            out[a].append(b)
            indegree[b] += 1
        level = [v for v in range(n) if indegree[v] == 0]
        terms = passed = 0
        while level:  # one level of Kahn's algorithm per term
            terms += 1
            passed += len(level)
            nxt = []
            for v in level:
                for w in out[v]:
                    indegree[w] -= 1
                    if indegree[w] == 0:
                        nxt.append(w)
            level = nxt
        return terms if passed == n else -1  # unprocessed courses sit on a cycle
