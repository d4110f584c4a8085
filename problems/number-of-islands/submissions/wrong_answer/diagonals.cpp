// Walks to all eight neighbours, so cells touching at a corner join one island.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    int count = 0;
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
            if (grid[r][c] != '#') continue;
            count++;
            grid[r][c] = '.';
            vector<pair<int, int>> stack = {{r, c}};
            while (!stack.empty()) {
                auto [y, x] = stack.back();
                stack.pop_back();
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        int ny = y + dy, nx = x + dx;
                        if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != '#') continue;
                        grid[ny][nx] = '.';
                        stack.push_back({ny, nx});
                    }
            }
        }
    }
    cout << count << "\n";
}
