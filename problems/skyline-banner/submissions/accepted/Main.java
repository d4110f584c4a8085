// Nearest lower building on each side from two monotonic-stack passes, then one area per
// building.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            h[i] = (long) in.nval;
        }
        int[] left = new int[n], right = new int[n], stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && h[stack[top - 1]] >= h[i]) top--;
            left[i] = top == 0 ? -1 : stack[top - 1];
            stack[top++] = i;
        }
        top = 0;
        for (int i = n - 1; i >= 0; i--) {
            while (top > 0 && h[stack[top - 1]] >= h[i]) top--;
            right[i] = top == 0 ? n : stack[top - 1];
            stack[top++] = i;
        }
        long best = 0;
        for (int i = 0; i < n; i++) best = Math.max(best, h[i] * (right[i] - left[i] - 1));
        System.out.println(best);
    }
}
