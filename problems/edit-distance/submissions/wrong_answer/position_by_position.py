# Compares the words position by position and adds the length difference: right when the only
# edits are replacements at the end, wrong once an insertion shifts the rest ("tuesday" ->
# "thursday" gives 7, not 2).
class Solution:
    def editDistance(self, a: str, b: str) -> int:
        return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
