// Backtracking with boolean arrays for columns and both diagonals (r - c + n - 1, r + c).
class Solution {
    int n;
    vector<string> board;
    vector<bool> col, diag, anti;

    int place(int r) {
        if (r == n) return 1;
        int total = 0;
        for (int c = 0; c < n; c++) {
            if (board[r][c] == '#' || col[c] || diag[r - c + n - 1] || anti[r + c]) continue;
            col[c] = diag[r - c + n - 1] = anti[r + c] = true;
            total += place(r + 1);
            col[c] = diag[r - c + n - 1] = anti[r + c] = false;
        }
        return total;
    }

public:
    int countPeacefulQueens(vector<string>& b) {
        board = b;
        n = b.size();
        col.assign(n, false);
        diag.assign(2 * n, false);
        anti.assign(2 * n, false);
        return place(0);
    }
};
