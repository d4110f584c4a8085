// Binary search on "build k is broken"; BufferedReader for replies, flush after each question.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long n = Long.parseLong(in.readLine().trim());
        long low = 1, high = n;
        while (low < high) {
            long mid = low + (high - low) / 2;
            System.out.println("? " + mid);
            System.out.flush();
            if (in.readLine().trim().equals("1")) high = mid;
            else low = mid + 1;
        }
        System.out.println("! " + low);
        System.out.flush();
    }
}
