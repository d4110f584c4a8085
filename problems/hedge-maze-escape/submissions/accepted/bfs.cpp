class Solution {
public:
    int fewestSteps(vector<string>& maze) {
        int rows = maze.size(), cols = maze[0].size();
        vector<int> dist(rows * cols, -1);
        vector<int> queue;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (maze[r][c] == 'S') {
                    dist[r * cols + c] = 0;
                    queue.push_back(r * cols + c);
                }
        const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        for (size_t head = 0; head < queue.size(); head++) {
            int r = queue[head] / cols, c = queue[head] % cols;
            if (maze[r][c] == 'E') return dist[queue[head]];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || maze[nr][nc] == '#') continue;
                if (dist[nr * cols + nc] != -1) continue;
                dist[nr * cols + nc] = dist[queue[head]] + 1;
                queue.push_back(nr * cols + nc);
            }
        }
        return -1;
    }
};
