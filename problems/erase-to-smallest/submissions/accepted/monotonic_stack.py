class Solution:
    def eraseToSmallest(self, digits: str, k: int) -> str:
        stack = []
        for d in digits:
            while k and stack and stack[-1] > d:  # a larger digit before a smaller one goes
                stack.pop()
                k -= 1
            stack.append(d)
        if k:
            del stack[-k:]  # the rest is non-decreasing: erase from the end
        return "".join(stack).lstrip("0") or "0"
