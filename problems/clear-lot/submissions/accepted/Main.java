// The histogram of each row, with the nearest lower bar on each side from two stack passes.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(st.nextToken()), c = Integer.parseInt(st.nextToken());
        int[] height = new int[c], left = new int[c], right = new int[c], stack = new int[c];
        int best = 0;
        for (int i = 0; i < r; i++) {
            String row = in.readLine();
            for (int j = 0; j < c; j++) height[j] = row.charAt(j) == '.' ? height[j] + 1 : 0;
            int top = 0;
            for (int j = 0; j < c; j++) {
                while (top > 0 && height[stack[top - 1]] >= height[j]) top--;
                left[j] = top == 0 ? -1 : stack[top - 1];
                stack[top++] = j;
            }
            top = 0;
            for (int j = c - 1; j >= 0; j--) {
                while (top > 0 && height[stack[top - 1]] >= height[j]) top--;
                right[j] = top == 0 ? c : stack[top - 1];
                stack[top++] = j;
            }
            for (int j = 0; j < c; j++) best = Math.max(best, height[j] * (right[j] - left[j] - 1));
        }
        System.out.println(best);
    }
}
