// Tracks columns and the r + c diagonals, but not the r - c ones.
class Solution {
    int n;
    vector<string> board;
    vector<bool> col, anti;

    int place(int r) {
        if (r == n) return 1;
        int total = 0;
        for (int c = 0; c < n; c++) {
            if (board[r][c] == '#' || col[c] || anti[r + c]) continue;
            col[c] = anti[r + c] = true;
            total += place(r + 1);
            col[c] = anti[r + c] = false;
        }
        return total;
    }

public:
    int countPeacefulQueens(vector<string>& b) {
        board = b;
        n = b.size();
        col.assign(n, false);
        anti.assign(2 * n, false);
        return place(0);
    }
};
