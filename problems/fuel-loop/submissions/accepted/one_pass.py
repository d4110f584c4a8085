class Solution:
    def loopStart(self, fuel: List[int], cost: List[int]) -> int:
        start = tank = total = 0
        for i in range(len(fuel)):
            gain = fuel[i] - cost[i]
            tank += gain
            total += gain
            if tank < 0:  # no station from start to i can begin the loop
                start, tank = i + 1, 0
        return start if total >= 0 else -1
