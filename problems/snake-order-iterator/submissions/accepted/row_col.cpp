// A (row, position in row) cursor; odd rows map the position to a column from the right.
class SnakeIterator {
    vector<vector<int>> grid;
    int m, n, row = 0, pos = 0;

public:
    SnakeIterator(vector<vector<int>>& grid) : grid(grid) {
        m = grid.size();
        n = m ? grid[0].size() : 0;
    }

    int next() {
        int col = row % 2 == 0 ? pos : n - 1 - pos;
        int value = grid[row][col];
        if (++pos == n) {
            pos = 0;
            row++;
        }
        return value;
    }

    bool hasNext() { return n > 0 && row < m; }
};
