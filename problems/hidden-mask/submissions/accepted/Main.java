// Ask 0, then bits 0..28 one at a time; the count of ones decides bit 29.
import java.io.*;

public class Main {
    static BufferedReader in = new BufferedReader(new InputStreamReader(System.in));

    static int ask(int x) throws IOException {
        System.out.println("? " + x);
        System.out.flush();
        return Integer.parseInt(in.readLine().trim());
    }

    public static void main(String[] args) throws IOException {
        int ones = ask(0), found = 0, h = 0;
        for (int i = 0; i < 29 && ones > 0; i++)
            if (ask(1 << i) == ones - 1) { h |= 1 << i; found++; }
        if (found < ones) h |= 1 << 29;
        System.out.println("! " + h);
        System.out.flush();
    }
}
