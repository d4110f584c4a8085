// Walks all four sides of every ring without re-checking the bounds, so a single remaining
// row or column is walked twice.
class Solution {
public:
    vector<int> spiralWalk(vector<vector<int>>& grid) {
        int top = 0, bottom = grid.size() - 1, left = 0, right = grid[0].size() - 1;
        vector<int> out;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.push_back(grid[top][c]);
            for (int r = top + 1; r <= bottom; r++) out.push_back(grid[r][right]);
            for (int c = right - 1; c >= left; c--) out.push_back(grid[bottom][c]);
            for (int r = bottom - 1; r > top; r--) out.push_back(grid[r][left]);
            top++; bottom--; left++; right--;
        }
        return out;
    }
};
