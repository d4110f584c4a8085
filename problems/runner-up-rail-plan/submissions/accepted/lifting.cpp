// Kruskal, then binary lifting storing the two largest distinct costs on each 2^k climb.
class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    static void merge(int& b1, int& b2, int x1, int x2) {
        for (int x : {x1, x2}) {
            if (x > b1) {
                b2 = b1;
                b1 = x;
            } else if (x < b1 && x > b2) {
                b2 = x;
            }
        }
    }

public:
    int runnerUpCost(int n, vector<vector<int>>& tracks) {
        int m = tracks.size();
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        vector<int> order(m);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int i, int j) { return tracks[i][2] < tracks[j][2]; });
        vector<char> inTree(m, 0);
        vector<vector<pair<int, int>>> adj(n);
        long long total = 0;
        int used = 0;
        for (int i : order) {
            int a = find(tracks[i][0]), b = find(tracks[i][1]);
            if (a == b) continue;
            parent[a] = b;
            inTree[i] = 1;
            total += tracks[i][2];
            used++;
            adj[tracks[i][0]].push_back({tracks[i][1], tracks[i][2]});
            adj[tracks[i][1]].push_back({tracks[i][0], tracks[i][2]});
        }
        if (used != n - 1) return -1;
        int LOG = 1;
        while ((1 << LOG) < n) LOG++;
        vector<vector<int>> up(LOG, vector<int>(n, 0)), m1(LOG, vector<int>(n, -1)), m2(LOG, vector<int>(n, -1));
        vector<int> depth(n, 0), stack = {0};
        vector<char> seen(n, 0);
        seen[0] = 1;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            for (auto [v, c] : adj[u])
                if (!seen[v]) {
                    seen[v] = 1;
                    depth[v] = depth[u] + 1;
                    up[0][v] = u;
                    m1[0][v] = c;
                    stack.push_back(v);
                }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 0; v < n; v++) {
                int mid = up[k - 1][v];
                up[k][v] = up[k - 1][mid];
                int b1 = m1[k - 1][v], b2 = m2[k - 1][v];
                merge(b1, b2, m1[k - 1][mid], m2[k - 1][mid]);
                m1[k][v] = b1;
                m2[k][v] = b2;
            }
        long long best = -1;
        for (int i = 0; i < m; i++) {
            if (inTree[i]) continue;
            int u = tracks[i][0], v = tracks[i][1], c = tracks[i][2];
            int b1 = -1, b2 = -1;
            if (depth[u] < depth[v]) swap(u, v);
            for (int k = 0, diff = depth[u] - depth[v]; diff; k++, diff >>= 1)
                if (diff & 1) {
                    merge(b1, b2, m1[k][u], m2[k][u]);
                    u = up[k][u];
                }
            if (u != v) {
                for (int k = LOG - 1; k >= 0; k--)
                    if (up[k][u] != up[k][v]) {
                        merge(b1, b2, m1[k][u], m2[k][u]);
                        merge(b1, b2, m1[k][v], m2[k][v]);
                        u = up[k][u];
                        v = up[k][v];
                    }
                merge(b1, b2, m1[0][u], m2[0][u]);
                merge(b1, b2, m1[0][v], m2[0][v]);
            }
            int drop = b1 < c ? b1 : b2;
            if (drop > 0) {
                long long cand = total - drop + c;
                if (best < 0 || cand < best) best = cand;
            }
        }
        return (int)best;
    }
};
