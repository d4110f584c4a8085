# Picks the k most profitable ventures among those affordable at the start, never noticing the
# ventures that later picks make affordable.
class Solution:
    def bestCapital(self, k: int, capital: int, profits: List[int], needs: List[int]) -> int:
        affordable = sorted((p for p, need in zip(profits, needs) if need <= capital), reverse=True)
        return capital + sum(affordable[:k])
