// Memoised search with an explicit stack (the climb can be rows · cols plots long).
class Solution {
public:
    int longestClimb(vector<vector<int>>& h) {
        int rows = h.size(), cols = h[0].size(), answer = 0;
        vector<vector<int>> best(rows, vector<int>(cols, 0));
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        vector<array<int, 3>> stack;  // (r, c, next direction to look at)
        for (int sr = 0; sr < rows; sr++)
            for (int sc = 0; sc < cols; sc++) {
                if (best[sr][sc]) continue;
                stack.push_back({sr, sc, 0});
                while (!stack.empty()) {
                    auto& [r, c, d] = stack.back();
                    if (d < 4) {
                        int nr = r + dr[d], nc = c + dc[d];
                        d++;
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && h[nr][nc] > h[r][c] && !best[nr][nc])
                            stack.push_back({nr, nc, 0});
                        continue;
                    }
                    int b = 1;
                    for (int k = 0; k < 4; k++) {
                        int nr = r + dr[k], nc = c + dc[k];
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && h[nr][nc] > h[r][c])
                            b = max(b, best[nr][nc] + 1);
                    }
                    best[r][c] = b;
                    answer = max(answer, b);
                    stack.pop_back();
                }
            }
        return answer;
    }
};
