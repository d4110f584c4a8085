// Backtracking: choose the first palindromic piece, then cut the rest the same way.
class Solution {
    private String s;
    private boolean[][] pal;
    private final List<List<String>> ways = new ArrayList<>();
    private final ArrayList<String> pieces = new ArrayList<>();

    public List<List<String>> ribbonCuts(String s) {
        this.s = s;
        int n = s.length();
        pal = new boolean[n][n];
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s.charAt(i) == s.charAt(j) && (j - i < 2 || pal[i + 1][j - 1]);
        cut(0);
        return ways;
    }

    private void cut(int start) {
        if (start == s.length()) {
            ways.add(new ArrayList<>(pieces));
            return;
        }
        for (int end = start; end < s.length(); end++) {
            if (!pal[start][end]) continue;
            pieces.add(s.substring(start, end + 1));
            cut(end + 1);
            pieces.remove(pieces.size() - 1);
        }
    }
}
