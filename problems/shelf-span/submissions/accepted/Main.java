// Hand-written lower bound: the first index whose code is >= x (x + 1 gives the upper bound).
import java.io.*;
import java.util.*;

public class Main {
    static int lowerBound(int[] a, long x) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] >= x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken(); int n = (int) st.nval;
        st.nextToken(); int q = (int) st.nval;
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) { st.nextToken(); codes[i] = (int) st.nval; }
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            st.nextToken();
            long x = (long) st.nval;
            int lo = lowerBound(codes, x), hi = lowerBound(codes, x + 1);
            out.append(lo < hi ? lo + " " + (hi - 1) : "-1 -1").append('\n');
        }
        System.out.print(out);
    }
}
