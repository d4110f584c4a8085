// Breadth-first search one distance level at a time: `frontier` holds every square reached in
// exactly `steps` moves.
class Solution {
    public int fewestSteps(String[] maze) {
        int rows = maze.length, cols = maze[0].length();
        boolean[][] seen = new boolean[rows][cols];
        List<int[]> frontier = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = maze[r].indexOf('S');
            if (c >= 0) {
                seen[r][c] = true;
                frontier.add(new int[] {r, c});
            }
        }
        int[][] moves = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int steps = 0; !frontier.isEmpty(); steps++) {
            List<int[]> next = new ArrayList<>();
            for (int[] sq : frontier) {
                if (maze[sq[0]].charAt(sq[1]) == 'E') return steps;
                for (int[] mv : moves) {
                    int nr = sq[0] + mv[0], nc = sq[1] + mv[1];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                    if (seen[nr][nc] || maze[nr].charAt(nc) == '#') continue;
                    seen[nr][nc] = true;
                    next.add(new int[] {nr, nc});
                }
            }
            frontier = next;
        }
        return -1;
    }
}
