// Subset-sum table with the first item to reach each sum, then a walk back from half.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[] v = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) { in.nextToken(); v[i] = (int) in.nval; total += v[i]; }
        if (total % 2 != 0) { System.out.println("NO"); return; }
        int half = total / 2;
        int[] first = new int[half + 1];
        Arrays.fill(first, -1);
        first[0] = n;
        for (int i = 0; i < n; i++)
            for (int s = half; s >= v[i]; s--)
                if (first[s] < 0 && first[s - v[i]] >= 0) first[s] = i;
        if (first[half] < 0) { System.out.println("NO"); return; }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int s = half; s > 0; s -= v[first[s]]) {
            out.append(count++ == 0 ? "" : " ").append(first[s] + 1);
        }
        System.out.println(count);
        System.out.println(out);
    }
}
