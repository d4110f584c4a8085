// A stack of columns with decreasing heights; a taller column closes the basin above the
// popped one, filled between the new stack top and the current column up to the lower wall.
class Solution {
    public long trappedWater(int[] heights) {
        Deque<Integer> stack = new ArrayDeque<>();
        long total = 0;
        for (int i = 0; i < heights.length; i++) {
            while (!stack.isEmpty() && heights[stack.peek()] < heights[i]) {
                int bottom = heights[stack.pop()];
                if (stack.isEmpty()) break;
                int wall = stack.peek();
                long depth = Math.min(heights[wall], heights[i]) - bottom;
                total += depth * (i - wall - 1);
            }
            stack.push(i);
        }
        return total;
    }
}
