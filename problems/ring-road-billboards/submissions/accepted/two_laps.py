# Two laps around the ring with a stack of billboards still waiting for a taller one.
class Solution:
    def stepsToTaller(self, heights: List[int]) -> List[int]:
        n = len(heights)
        answer = [-1] * n
        waiting = []  # indices, heights never increasing from bottom to top
        for j in range(2 * n):
            h = heights[j % n]
            while waiting and heights[waiting[-1]] < h:
                i = waiting.pop()
                answer[i] = j - i
            if j < n:  # the second lap only answers, it adds nobody
                waiting.append(j)
        return answer
