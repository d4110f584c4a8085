// The class may have any name: the judge starts whichever class declares main.
import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        in.readLine();
        long sum = 0;
        for (String v : in.readLine().trim().split("\\s+")) sum += Long.parseLong(v);
        System.out.println(sum);
    }
}
