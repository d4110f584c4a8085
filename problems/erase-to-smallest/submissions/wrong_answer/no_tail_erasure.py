# The stack pass, but erasures left over at the end are never used.
class Solution:
    def eraseToSmallest(self, digits: str, k: int) -> str:
        stack = []
        for d in digits:
            while k and stack and stack[-1] > d:
                stack.pop()
                k -= 1
            stack.append(d)
        return "".join(stack).lstrip("0") or "0"
