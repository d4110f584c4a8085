class Solution {
public:
    int countInterfering(vector<int>& codes, int k) {
        long long n = codes.size();
        if (k >= (1 << 30)) return (int)(n * (n - 1) / 2);
        // Node 0 is the root; child 0 means "missing" (the root is never a child).
        vector<array<int, 2>> child(1, {0, 0});
        vector<int> cnt(1, 0);
        long long total = 0;
        for (int x : codes) {
            int node = 0;
            for (int b = 29; b >= 0; b--) {
                int xb = x >> b & 1;
                if (k >> b & 1) {
                    int same = child[node][xb];
                    if (same) total += cnt[same];  // XOR has 0 where k has 1: smaller
                    node = child[node][xb ^ 1];
                } else {
                    node = child[node][xb];
                }
                if (!node) break;
            }
            node = 0;
            for (int b = 29; b >= 0; b--) {
                int xb = x >> b & 1;
                if (!child[node][xb]) {
                    child[node][xb] = child.size();
                    child.push_back({0, 0});
                    cnt.push_back(0);
                }
                node = child[node][xb];
                cnt[node]++;
            }
        }
        return (int)total;
    }
};
