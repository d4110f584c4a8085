// Transpose above the diagonal, then reverse every row.
class Solution {
    public void quarterTurn(int[][] picture) {
        int n = picture.length;
        for (int r = 0; r < n; r++)
            for (int c = r + 1; c < n; c++) {
                int t = picture[r][c];
                picture[r][c] = picture[c][r];
                picture[c][r] = t;
            }
        for (int[] row : picture)
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = row[i];
                row[i] = row[j];
                row[j] = t;
            }
    }
}
