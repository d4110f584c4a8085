// Binary search on the strain d; a BFS over steps of at most d decides whether the corner is
// reachable. O(mn log 10^6).
class Solution {
    bool reachable(const vector<vector<int>>& h, int d) {
        int m = h.size(), n = h[0].size();
        vector<char> seen(m * n, 0);
        vector<int> queue = {0};
        seen[0] = 1;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (size_t i = 0; i < queue.size(); i++) {
            int r = queue[i] / n, c = queue[i] % n;
            if (r == m - 1 && c == n - 1) return true;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr * n + nc]) continue;
                if (abs(h[r][c] - h[nr][nc]) > d) continue;
                seen[nr * n + nc] = 1;
                queue.push_back(nr * n + nc);
            }
        }
        return false;
    }

public:
    int gentlestHike(vector<vector<int>>& heights) {
        int lo = 0, hi = 1'000'000;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (reachable(heights, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
