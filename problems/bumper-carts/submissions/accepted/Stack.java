class Solution {
    public int[] survivingCarts(int[] carts) {
        int[] stack = new int[carts.length];
        int top = 0;
        for (int c : carts) {
            boolean alive = true;
            while (alive && c < 0 && top > 0 && stack[top - 1] > 0) {
                if (stack[top - 1] < -c) { top--; continue; }
                if (stack[top - 1] == -c) top--;
                alive = false;
            }
            if (alive) stack[top++] = c;
        }
        return Arrays.copyOf(stack, top);
    }
}
