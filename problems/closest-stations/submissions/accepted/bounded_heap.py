class Solution:
    def closestStations(self, stations: List[List[int]], k: int) -> List[List[int]]:
        heap = []  # max-heap by squared distance (negated), at most k stations
        for i, (x, y) in enumerate(stations):
            heappush(heap, (-(x * x + y * y), i))
            if len(heap) > k:
                heappop(heap)  # drop the farthest
        return [stations[i] for _, i in heap]
