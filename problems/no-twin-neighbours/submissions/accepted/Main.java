// Most common letter first, into even positions and then odd ones.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String s = new BufferedReader(new InputStreamReader(System.in)).readLine().trim();
        int n = s.length();
        int[] count = new int[26];
        for (int i = 0; i < n; i++) count[s.charAt(i) - 'a']++;
        Integer[] letters = new Integer[26];
        for (int c = 0; c < 26; c++) letters[c] = c;
        Arrays.sort(letters, (a, b) -> count[b] - count[a]);
        if (count[letters[0]] > (n + 1) / 2) { System.out.println("IMPOSSIBLE"); return; }
        char[] out = new char[n];
        int pos = 0;
        for (int c : letters) {
            for (int k = 0; k < count[c]; k++) {
                if (pos >= n) pos = 1;  // even positions used up: continue with odd ones
                out[pos] = (char) ('a' + c);
                pos += 2;
            }
        }
        System.out.println(new String(out));
    }
}
