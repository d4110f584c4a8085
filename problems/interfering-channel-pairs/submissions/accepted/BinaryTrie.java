// Binary trie of the earlier codes with subtree counts; query each code before inserting it.
class Solution {
    public int countInterfering(int[] codes, int k) {
        long n = codes.length;
        if (k >= (1 << 30)) return (int) (n * (n - 1) / 2);
        int cap = codes.length * 30 + 1;
        int[][] child = new int[2][cap];
        int[] cnt = new int[cap];
        int size = 1;
        long total = 0;
        for (int x : codes) {
            int node = 0;
            for (int b = 29; b >= 0; b--) {
                int xb = x >> b & 1;
                if ((k >> b & 1) == 1) {
                    int same = child[xb][node];
                    if (same != 0) total += cnt[same];
                    node = child[xb ^ 1][node];
                } else {
                    node = child[xb][node];
                }
                if (node == 0) break;
            }
            node = 0;
            for (int b = 29; b >= 0; b--) {
                int xb = x >> b & 1;
                if (child[xb][node] == 0) child[xb][node] = size++;
                node = child[xb][node];
                cnt[node]++;
            }
        }
        return (int) total;
    }
}
