// Backwards over two laps: the stack holds the positions ahead that could still be someone's
// next taller billboard (heights strictly falling from bottom to top). For position j in the
// first lap, pop everything not taller; the top, if any, is its answer.
class Solution {
    public int[] stepsToTaller(int[] heights) {
        int n = heights.length;
        int[] answer = new int[n];
        int[] stack = new int[2 * n];
        int top = 0;
        for (int j = 2 * n - 1; j >= 0; j--) {
            int h = heights[j % n];
            while (top > 0 && heights[stack[top - 1] % n] <= h) top--;
            if (j < n) answer[j] = top > 0 ? stack[top - 1] - j : -1;
            stack[top++] = j;
        }
        return answer;
    }
}
