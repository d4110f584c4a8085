# Cut the circle at a lowest score (no falling chain passes through it), repeat that guest at
# both ends, and run a row's two passes; the repeated guest's token is counted once.
class Solution:
    def fewestTokens(self, scores: List[int]) -> int:
        n = len(scores)
        m = scores.index(min(scores))
        row = scores[m:] + scores[:m] + [scores[m]]
        tokens = [1] * (n + 1)
        for i in range(1, n + 1):
            if row[i] > row[i - 1]:
                tokens[i] = tokens[i - 1] + 1
        for i in range(n - 1, -1, -1):
            if row[i] > row[i + 1] and tokens[i] <= tokens[i + 1]:
                tokens[i] = tokens[i + 1] + 1
        return sum(tokens) - 1
