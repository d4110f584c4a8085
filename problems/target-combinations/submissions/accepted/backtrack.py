class Solution:
    def targetCombinations(self, parts: List[int], target: int) -> List[List[int]]:
        parts = sorted(parts)
        found, current = [], []

        def build(start, remaining):
            if remaining == 0:
                found.append(current[:])
                return
            for i in range(start, len(parts)):
                if parts[i] > remaining:
                    break  # sorted: every later part is too large as well
                current.append(parts[i])
                build(i, remaining - parts[i])  # i again: a part may be reused
                current.pop()

        build(0, target)
        return found
