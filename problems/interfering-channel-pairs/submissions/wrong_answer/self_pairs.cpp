// Inserts each code before querying it, so every code is also paired with itself.
class Solution {
public:
    int countInterfering(vector<int>& codes, int k) {
        long long n = codes.size();
        if (k >= (1 << 30)) return (int)(n * (n - 1) / 2);
        vector<array<int, 2>> child(1, {0, 0});
        vector<int> cnt(1, 0);
        long long total = 0;
        for (int x : codes) {
            int node = 0;
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
            node = 0;
            for (int b = 29; b >= 0; b--) {
                int xb = x >> b & 1;
                if (k >> b & 1) {
                    int same = child[node][xb];
                    if (same) total += cnt[same];
                    node = child[node][xb ^ 1];
                } else {
                    node = child[node][xb];
                }
                if (!node) break;
            }
        }
        return (int)total;
    }
};
