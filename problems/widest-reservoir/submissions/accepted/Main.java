// Two pointers from the ends, always moving the shorter post inwards.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int n = (int) in.nval;
        long[] h = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); h[i] = (long) in.nval; }
        long best = 0;
        for (int i = 0, j = n - 1; i < j;) {
            best = Math.max(best, (j - i) * Math.min(h[i], h[j]));
            if (h[i] <= h[j]) i++;
            else j--;
        }
        System.out.println(best);
    }
}
