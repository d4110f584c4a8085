// Kahn's algorithm over a 26 x 26 adjacency matrix (each fact counted once).
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        String[] words = new String[n];
        boolean[] present = new boolean[26];
        for (int i = 0; i < n; i++) {
            words[i] = in.readLine().trim();
            for (char c : words[i].toCharArray()) present[c - 'a'] = true;
        }
        boolean[][] edge = new boolean[26][26];
        int[] indegree = new int[26];
        for (int i = 0; i + 1 < n; i++) {
            String u = words[i], v = words[i + 1];
            int k = 0;
            while (k < u.length() && k < v.length() && u.charAt(k) == v.charAt(k)) k++;
            if (k < u.length() && k < v.length()) {
                int x = u.charAt(k) - 'a', y = v.charAt(k) - 'a';
                if (!edge[x][y]) {
                    edge[x][y] = true;
                    indegree[y]++;
                }
            } else if (u.length() > v.length()) {
                System.out.println("IMPOSSIBLE");
                return;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        int letters = 0;
        for (int x = 0; x < 26; x++) {
            if (!present[x]) continue;
            letters++;
            if (indegree[x] == 0) ready.add(x);
        }
        StringBuilder order = new StringBuilder();
        while (!ready.isEmpty()) {
            int x = ready.poll();
            order.append((char) ('a' + x));
            for (int y = 0; y < 26; y++) {
                if (edge[x][y] && --indegree[y] == 0) ready.add(y);
            }
        }
        System.out.println(order.length() == letters ? order : "IMPOSSIBLE");
    }
}
