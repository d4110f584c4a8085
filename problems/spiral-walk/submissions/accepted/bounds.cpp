class Solution {
public:
    vector<int> spiralWalk(vector<vector<int>>& grid) {
        int top = 0, bottom = grid.size() - 1, left = 0, right = grid[0].size() - 1;
        vector<int> out;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.push_back(grid[top][c]);
            top++;
            for (int r = top; r <= bottom; r++) out.push_back(grid[r][right]);
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) out.push_back(grid[bottom][c]);
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) out.push_back(grid[r][left]);
                left++;
            }
        }
        return out;
    }
};
