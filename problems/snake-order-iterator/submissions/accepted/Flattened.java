// Copies the labels in snake order at construction: O(m*n) memory, O(1) per call.
class SnakeIterator {
    private final int[] order;
    private int read = 0;

    public SnakeIterator(int[][] grid) {
        int m = grid.length, n = m == 0 ? 0 : grid[0].length;
        order = new int[m * n];
        int k = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < n; i++) {
                order[k++] = grid[r][r % 2 == 0 ? i : n - 1 - i];
            }
        }
    }

    public int next() {
        return order[read++];
    }

    public boolean hasNext() {
        return read < order.length;
    }
}
