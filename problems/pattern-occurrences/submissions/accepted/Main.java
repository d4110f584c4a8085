// Knuth-Morris-Pratt over char arrays.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        char[] text = in.readLine().trim().toCharArray();
        char[] pattern = in.readLine().trim().toCharArray();
        int m = pattern.length;
        int[] pi = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern[i] != pattern[k]) k = pi[k - 1];
            if (pattern[i] == pattern[k]) k++;
            pi[i] = k;
        }
        long count = 0;
        for (int i = 0, k = 0; i < text.length; i++) {
            while (k > 0 && text[i] != pattern[k]) k = pi[k - 1];
            if (text[i] == pattern[k]) k++;
            if (k == m) {
                count++;
                k = pi[k - 1];
            }
        }
        System.out.println(count);
    }
}
