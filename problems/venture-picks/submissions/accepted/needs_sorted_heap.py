class Solution:
    def bestCapital(self, k: int, capital: int, profits: List[int], needs: List[int]) -> int:
        order = sorted(range(len(profits)), key=needs.__getitem__)
        heap, j = [], 0  # max-heap (negated) of profits of affordable ventures
        for _ in range(k):
            while j < len(order) and needs[order[j]] <= capital:
                heappush(heap, -profits[order[j]])
                j += 1
            if not heap:
                break  # nothing affordable now means nothing ever will be
            capital -= heappop(heap)
        return capital
