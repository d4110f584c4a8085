// In- and out-degrees; the trustee has n - 1 votes in and none out.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] score = new int[n + 1];
        for (int i = 0; i < m; i++) {
            in.nextToken();
            score[(int) in.nval]--;
            in.nextToken();
            score[(int) in.nval]++;
        }
        int answer = -1;
        for (int p = 1; p <= n; p++) if (score[p] == n - 1) answer = p;
        System.out.println(answer);
    }
}
