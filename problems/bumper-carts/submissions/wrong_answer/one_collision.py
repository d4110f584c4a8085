# Lets each left-moving cart collide with at most one cart: a heavy left-mover that should
# knock off several right-movers in a row stops after the first.
class Solution:
    def survivingCarts(self, carts: List[int]) -> List[int]:
        stack = []
        for c in carts:
            if c < 0 and stack and stack[-1] > 0:
                if stack[-1] < -c:
                    stack.pop()
                    stack.append(c)
                elif stack[-1] == -c:
                    stack.pop()
            else:
                stack.append(c)
        return stack
