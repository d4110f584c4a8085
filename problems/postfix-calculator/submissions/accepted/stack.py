class Solution:
    def evaluatePostfix(self, tokens: List[str]) -> int:
        stack = []
        for t in tokens:
            if t in ("+", "-", "*", "/"):
                b = stack.pop()  # the right operand is on top
                a = stack.pop()
                if t == "+":
                    stack.append(a + b)
                elif t == "-":
                    stack.append(a - b)
                elif t == "*":
                    stack.append(a * b)
                else:
                    q = abs(a) // abs(b)  # truncate toward zero, not floor
                    stack.append(q if (a < 0) == (b < 0) else -q)
            else:
                stack.append(int(t))
        return stack[0]
