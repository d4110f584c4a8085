public class Main {
    public static void main(String[] args) {
        int[] a = new int[200_000_000];
        for (int i = 0; i < a.length; i += 1024) a[i] = i;
        System.out.println(a[a.length - 1024]);
    }
}
