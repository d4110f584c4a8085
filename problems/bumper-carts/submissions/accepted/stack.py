class Solution:
    def survivingCarts(self, carts: List[int]) -> List[int]:
        stack = []  # survivors so far: left-movers, then right-movers
        for c in carts:
            alive = True
            while alive and c < 0 and stack and stack[-1] > 0:
                if stack[-1] < -c:
                    stack.pop()  # the right-mover is knocked off; keep going
                    continue
                if stack[-1] == -c:
                    stack.pop()  # a tie knocks both off
                alive = False
            if alive:
                stack.append(c)
        return stack
