// An int array as the stack; Java's / truncates toward zero as the statement asks.
class Solution {
    public int evaluatePostfix(String[] tokens) {
        int[] stack = new int[tokens.length];
        int top = 0;
        for (String t : tokens) {
            if (t.length() == 1 && "+-*/".indexOf(t.charAt(0)) >= 0) {
                int b = stack[--top], a = stack[--top];
                switch (t.charAt(0)) {
                    case '+': stack[top++] = a + b; break;
                    case '-': stack[top++] = a - b; break;
                    case '*': stack[top++] = a * b; break;
                    default: stack[top++] = a / b;
                }
            } else {
                stack[top++] = Integer.parseInt(t);
            }
        }
        return stack[0];
    }
}
