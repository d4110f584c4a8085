import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] words = new BufferedReader(new InputStreamReader(System.in)).readLine().split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) {
            out.append(words[i]).append(i > 0 ? " " : "\n");
        }
        System.out.print(out);
    }
}
