// Simulation: keep walking, turn clockwise at the edge or at a visited cell.
class Solution {
    public int[] spiralWalk(int[][] grid) {
        int m = grid.length, n = grid[0].length;
        boolean[][] seen = new boolean[m][n];
        int[] dr = {0, 1, 0, -1}, dc = {1, 0, -1, 0};
        int[] out = new int[m * n];
        int r = 0, c = 0, d = 0;
        for (int i = 0; i < m * n; i++) {
            out[i] = grid[r][c];
            seen[r][c] = true;
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) {
                d = (d + 1) % 4;
                nr = r + dr[d];
                nc = c + dc[d];
            }
            r = nr;
            c = nc;
        }
        return out;
    }
}
